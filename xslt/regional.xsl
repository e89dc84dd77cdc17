<?xml version="1.0" encoding="UTF-8"?>
<!--
  The region (page name "regional", GET /regio/{year}; regional viewers):
  the benchmark statistics of the municipalities in the viewer's province
  (or the whole country), without an own value,
    <region year kind="province|national" name min-group hidden="no|too-small|no-data">
      <years><year value current?/>...</years>
      <participation total no-account not-started in-progress submitted/>
      <stat scope key n median? median-to? q1? q1-to? q3? q3-to? quartiles? hidden? reason?/>...
      <municipality id name size-class><score scope key value/>...</municipality>...
      <anonymous count/>
    </region>
  Names only of the municipalities that opted in; the others are counted.
  The CSV at /regio/{year}.csv holds the same figures.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="benchmark-common.xsl"/>

<xsl:variable name="r" select="/page/region"/>

<!-- The region's name: the province, or the whole country. -->
<xsl:variable name="region-name">
  <xsl:choose>
    <xsl:when test="$r/@kind = 'national' or not(normalize-space($r/@name))"><xsl:value-of select="c:t('region.national')"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="$r/@name"/></xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:template match="page" mode="c:title">
  <xsl:choose>
    <xsl:when test="normalize-space($r/@year)"><xsl:value-of select="c:t('region.title', $region-name, $r/@year)"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('region.title.plain')"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:apply-templates select="." mode="c:title"/></h1>
  <xsl:choose>
    <xsl:when test="$r/@hidden = 'no-data' or not(normalize-space($r/@year))">
      <p class="cimolt-intro"><xsl:value-of select="c:t('region.no-data')"/></p>
    </xsl:when>
    <xsl:otherwise>
      <p class="cimolt-intro"><xsl:value-of select="c:t('region.lead')"/></p>
      <xsl:for-each select="$r">
        <xsl:call-template name="year-switch">
          <xsl:with-param name="base" select="'/regio/'"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:apply-templates select="$r/participation"/>
      <xsl:choose>
        <xsl:when test="$r/@hidden = 'too-small'">
          <div class="utrecht-alert utrecht-alert--warning cimolt-too-small">
            <div class="utrecht-alert__content">
              <div class="utrecht-alert__message">
                <h2 class="cimolt-too-small__title"><xsl:value-of select="c:t('benchmark.too-small.title')"/></h2>
                <p><xsl:value-of select="c:t('region.too-small', $region-name, $r/participation/@submitted, $r/@min-group)"/></p>
              </div>
            </div>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="boxplot-legend">
            <xsl:with-param name="own" select="false()"/>
          </xsl:call-template>
          <xsl:for-each select="$r">
            <xsl:call-template name="stat-sections">
              <xsl:with-param name="own" select="false()"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="municipalities"/>
      <p class="cimolt-no-print"><a class="utrecht-link" href="/regio/{$r/@year}.csv"><xsl:value-of select="c:t('region.csv', $r/@year)"/></a></p>
      <p class="cimolt-no-print"><a class="utrecht-link" href="/regio/deelname/{$r/@year}"><xsl:value-of select="c:t('participation.link')"/></a></p>
      <xsl:call-template name="method-note">
        <xsl:with-param name="min-group" select="$r/@min-group"/>
        <xsl:with-param name="own" select="false()"/>
      </xsl:call-template>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- How many municipalities the region has, and how many of them have
     no account, have not started, are filling in and have submitted: the
     counts of the participation list (/regio/deelname/{year}), with the
     one definition written under them. -->
<xsl:template match="participation">
  <section class="cimolt-result" aria-labelledby="participation-heading">
    <h2 id="participation-heading"><xsl:value-of select="c:t('region.participation')"/></h2>
    <dl class="cimolt-counts">
      <div class="cimolt-counts__item">
        <dt><xsl:value-of select="c:t('region.municipalities')"/></dt>
        <dd><xsl:value-of select="c:whole(@total)"/></dd>
      </div>
      <xsl:for-each select="@no-account | @not-started | @in-progress | @submitted">
        <div class="cimolt-counts__item">
          <dt><xsl:value-of select="c:t(concat('participation.status.', local-name()))"/></dt>
          <dd><xsl:value-of select="c:whole(.)"/></dd>
        </div>
      </xsl:for-each>
    </dl>
    <p class="cimolt-small cimolt-muted"><xsl:value-of select="c:t('participation.definition')"/></p>
  </section>
</xsl:template>

<!-- The municipalities that chose to be named, with their main scores;
     the others only as a number. -->
<xsl:template name="municipalities">
  <section class="cimolt-result" aria-labelledby="named-heading">
    <h2 id="named-heading"><xsl:value-of select="c:t('region.named')"/></h2>
    <p class="cimolt-result__explain"><xsl:value-of select="c:t('region.named.text')"/></p>
    <xsl:if test="$r/municipality">
      <xsl:call-template name="score-rows">
        <xsl:with-param name="rows" select="$r/municipality"/>
        <xsl:with-param name="caption" select="c:t('region.named.caption', $r/@year)"/>
      </xsl:call-template>
    </xsl:if>
    <p>
      <xsl:choose>
        <xsl:when test="not($r/municipality)"><xsl:value-of select="c:t('region.anonymous.all', number(concat('0', $r/anonymous/@count)))"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="c:t('region.anonymous', number(concat('0', $r/anonymous/@count)))"/></xsl:otherwise>
      </xsl:choose>
    </p>
  </section>
</xsl:template>

<!-- A table of municipalities (<municipality name size-class><score
     scope key value/>) with the overall score, the levels and the share. -->
<xsl:template name="score-rows">
  <xsl:param name="rows"/>
  <xsl:param name="caption"/>
  <table class="cimolt-table cimolt-result__table cimolt-scores">
    <caption><xsl:value-of select="$caption"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="c:t('region.col.municipality')"/></th>
        <th scope="col"><xsl:value-of select="c:t('organisations.col.size')"/></th>
        <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.result.overall-label')"/></th>
        <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.level.strategisch')"/></th>
        <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.level.operationeel')"/></th>
        <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.col.share')"/></th>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="$rows">
        <tr>
          <th scope="row"><xsl:value-of select="@name"/></th>
          <td><xsl:value-of select="c:size-class(@size-class)"/></td>
          <xsl:call-template name="score-cell"><xsl:with-param name="s" select="score[@scope = 'overall']"/></xsl:call-template>
          <xsl:call-template name="score-cell"><xsl:with-param name="s" select="score[@scope = 'level' and @key = 'strategisch']"/></xsl:call-template>
          <xsl:call-template name="score-cell"><xsl:with-param name="s" select="score[@scope = 'level' and @key = 'operationeel']"/></xsl:call-template>
          <xsl:call-template name="score-cell"><xsl:with-param name="s" select="score[@scope = 'share' and @key = 'overall']"/><xsl:with-param name="percent" select="true()"/></xsl:call-template>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>


</xsl:stylesheet>
