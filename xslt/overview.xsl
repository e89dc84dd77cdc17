<?xml version="1.0" encoding="UTF-8"?>
<!--
  The organisers' overview (page name "overview", GET
  /beheer/overzicht/{year}?pagina=N): participation per year, the
  rankings for the awards, every submitted municipality's scores (100 per
  page), the advice requests, and the CSV exports.
    <overview year page pages>
      <years><year value current?/>...</years>
      <participation><year value no-account not-started in-progress
        submitted total/>...</participation>  (as on /beheer/deelname/{year})
      <ranking name="strategisch|operationeel"><entry rank id name score/>...</ranking>
      <scores><municipality id name province size-class show-name submitted>
        <score scope key value/>...</municipality>...</scores>
      <advice-requests new in_progress done/>
    </overview>
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="benchmark-common.xsl"/>

<xsl:variable name="o" select="/page/overview"/>

<xsl:template match="page" mode="c:title">
  <xsl:choose>
    <xsl:when test="normalize-space($o/@year)"><xsl:value-of select="c:t('overview.title', $o/@year)"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('overview.title.plain')"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:apply-templates select="." mode="c:title"/></h1>
  <p class="cimolt-intro"><xsl:value-of select="c:t('overview.lead')"/></p>
  <xsl:for-each select="$o">
    <xsl:call-template name="year-switch">
      <xsl:with-param name="base" select="'/beheer/overzicht/'"/>
    </xsl:call-template>
  </xsl:for-each>
  <xsl:apply-templates select="$o/participation"/>
  <xsl:if test="normalize-space($o/@year)">
    <section class="cimolt-result" aria-labelledby="rankings-heading">
      <h2 id="rankings-heading"><xsl:value-of select="c:t('overview.rankings', $o/@year)"/></h2>
      <p class="cimolt-result__explain"><xsl:value-of select="c:t('overview.rankings.text')"/></p>
      <div class="cimolt-rankings">
        <xsl:apply-templates select="$o/ranking"/>
      </div>
    </section>
    <xsl:apply-templates select="$o/scores"/>
  </xsl:if>
  <xsl:apply-templates select="$o/advice-requests"/>
</xsl:template>

<!-- Participation per year, counted as the participation list of the
     year counts (one definition, stated under the table): no account,
     not started, in progress, submitted, and all municipalities. -->
<xsl:template match="participation">
  <section class="cimolt-result" aria-labelledby="participation-heading">
    <h2 id="participation-heading"><xsl:value-of select="c:t('overview.participation')"/></h2>
    <xsl:choose>
      <xsl:when test="year">
        <table class="cimolt-table cimolt-result__table">
          <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('overview.participation')"/></caption>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="c:t('benchmark.col.year')"/></th>
              <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('participation.status.no-account')"/></th>
              <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('participation.status.not-started')"/></th>
              <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('participation.status.in-progress')"/></th>
              <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('participation.status.submitted')"/></th>
              <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('overview.col.total')"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="year">
              <tr>
                <th scope="row"><a class="utrecht-link" href="/beheer/deelname/{@value}"><xsl:value-of select="@value"/></a></th>
                <td class="cimolt-table__number"><xsl:value-of select="c:whole(@no-account)"/></td>
                <td class="cimolt-table__number"><xsl:value-of select="c:whole(@not-started)"/></td>
                <td class="cimolt-table__number"><xsl:value-of select="c:whole(@in-progress)"/></td>
                <td class="cimolt-table__number"><xsl:value-of select="c:whole(@submitted)"/></td>
                <td class="cimolt-table__number"><xsl:value-of select="c:whole(@total)"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        <p class="cimolt-small cimolt-muted"><xsl:value-of select="c:t('participation.definition')"/></p>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="c:t('overview.participation.none')"/></p></xsl:otherwise>
    </xsl:choose>
    <p class="cimolt-no-print"><a class="utrecht-link" href="/beheer/overzicht/deelname.csv"><xsl:value-of select="c:t('overview.participation.csv')"/></a></p>
  </section>
</xsl:template>

<!-- A ranking: the top ten on one level; ties share a rank. -->
<xsl:template match="ranking">
  <div class="cimolt-ranking">
    <table class="cimolt-table cimolt-result__table">
      <caption><xsl:value-of select="c:t(concat('overview.ranking.', @name))"/></caption>
      <thead>
        <tr>
          <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('overview.col.rank')"/></th>
          <th scope="col"><xsl:value-of select="c:t('region.col.municipality')"/></th>
          <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.col.score')"/></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="entry">
          <tr>
            <td class="cimolt-table__number"><xsl:value-of select="@rank"/></td>
            <th scope="row"><xsl:value-of select="@name"/></th>
            <td class="cimolt-table__number"><xsl:value-of select="c:decimal(@score)"/></td>
          </tr>
        </xsl:for-each>
        <xsl:if test="not(entry)">
          <tr><td colspan="3"><xsl:value-of select="c:t('overview.ranking.none')"/></td></tr>
        </xsl:if>
      </tbody>
    </table>
  </div>
</xsl:template>

<!-- Every submitted municipality's main scores, a page at a time. -->
<xsl:template match="scores">
  <section class="cimolt-result" aria-labelledby="scores-heading">
    <h2 id="scores-heading"><xsl:value-of select="c:t('overview.scores', $o/@year)"/></h2>
    <p class="cimolt-no-print"><a class="utrecht-link" href="/beheer/overzicht/{$o/@year}/scores.csv"><xsl:value-of select="c:t('overview.scores.csv', $o/@year)"/></a></p>
    <xsl:choose>
      <xsl:when test="municipality">
        <xsl:call-template name="pager"/>
        <table class="cimolt-table cimolt-result__table cimolt-scores">
          <caption>
            <xsl:choose>
              <xsl:when test="number($o/@pages) &gt; 1"><xsl:value-of select="c:t('overview.scores.caption.page', $o/@year, $o/@page, $o/@pages)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t('overview.scores.caption', $o/@year)"/></xsl:otherwise>
            </xsl:choose>
          </caption>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="c:t('region.col.municipality')"/></th>
              <th scope="col"><xsl:value-of select="c:t('organisations.col.province')"/></th>
              <th scope="col"><xsl:value-of select="c:t('organisations.col.size')"/></th>
              <th scope="col"><xsl:value-of select="c:t('overview.col.submitted-on')"/></th>
              <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.result.overall-label')"/></th>
              <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.level.strategisch')"/></th>
              <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.level.operationeel')"/></th>
              <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.col.share')"/></th>
              <th scope="col"><xsl:value-of select="c:t('overview.col.named')"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="municipality">
              <tr>
                <th scope="row"><a class="utrecht-link" href="/beheer/gemeente/{@id}"><xsl:value-of select="@name"/></a></th>
                <td><xsl:value-of select="@province"/></td>
                <td><xsl:value-of select="c:size-class(@size-class)"/></td>
                <td class="cimolt-nowrap">
                  <xsl:if test="normalize-space(@submitted)">
                    <time datetime="{substring(@submitted, 1, 10)}"><xsl:value-of select="c:iso-date(@submitted)"/></time>
                  </xsl:if>
                </td>
                <xsl:call-template name="score-cell"><xsl:with-param name="s" select="score[@scope = 'overall']"/></xsl:call-template>
                <xsl:call-template name="score-cell"><xsl:with-param name="s" select="score[@scope = 'level' and @key = 'strategisch']"/></xsl:call-template>
                <xsl:call-template name="score-cell"><xsl:with-param name="s" select="score[@scope = 'level' and @key = 'operationeel']"/></xsl:call-template>
                <xsl:call-template name="score-cell"><xsl:with-param name="s" select="score[@scope = 'share' and @key = 'overall']"/><xsl:with-param name="percent" select="true()"/></xsl:call-template>
                <td>
                  <xsl:choose>
                    <xsl:when test="@show-name = 'yes'"><xsl:value-of select="c:t('overview.named.yes')"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="c:t('overview.named.no')"/></xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        <xsl:call-template name="pager"/>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="c:t('overview.scores.none')"/></p></xsl:otherwise>
    </xsl:choose>
  </section>
</xsl:template>

<!-- The pages of the scores: previous, each page's number, next. -->
<xsl:template name="pager">
  <xsl:variable name="page" select="number($o/@page)"/>
  <xsl:variable name="pages" select="number($o/@pages)"/>
  <xsl:variable name="base" select="concat('/beheer/overzicht/', $o/@year, '?pagina=')"/>
  <xsl:if test="$pages &gt; 1">
    <nav class="cimolt-pages cimolt-no-print" aria-label="{c:t('overview.pages')}">
      <ul class="cimolt-pages__list">
        <xsl:if test="$page &gt; 1">
          <li class="cimolt-pages__item"><a class="cimolt-pages__link" href="{$base}{$page - 1}" rel="prev"><xsl:value-of select="c:t('overview.page.previous')"/></a></li>
        </xsl:if>
        <xsl:call-template name="page-links">
          <xsl:with-param name="i" select="1"/>
          <xsl:with-param name="page" select="$page"/>
          <xsl:with-param name="pages" select="$pages"/>
          <xsl:with-param name="base" select="$base"/>
        </xsl:call-template>
        <xsl:if test="$page &lt; $pages">
          <li class="cimolt-pages__item"><a class="cimolt-pages__link" href="{$base}{$page + 1}" rel="next"><xsl:value-of select="c:t('overview.page.next')"/></a></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:if>
</xsl:template>

<!-- The page numbers from i: the first, the last, and those within two
     of the current page; a gap shows as an ellipsis. -->
<xsl:template name="page-links">
  <xsl:param name="i"/>
  <xsl:param name="page"/>
  <xsl:param name="pages"/>
  <xsl:param name="base"/>
  <xsl:if test="$i &lt;= $pages">
    <xsl:variable name="near" select="$i = 1 or $i = $pages or ($i &gt;= $page - 2 and $i &lt;= $page + 2)"/>
    <xsl:choose>
      <xsl:when test="$near">
        <li class="cimolt-pages__item">
          <a class="cimolt-pages__link" href="{$base}{$i}">
            <xsl:if test="$i = $page"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
            <span class="cimolt-visually-hidden"><xsl:value-of select="c:t('overview.page')"/><xsl:text> </xsl:text></span>
            <xsl:value-of select="$i"/>
          </a>
        </li>
      </xsl:when>
      <xsl:when test="$i = $page - 3 or $i = $page + 3">
        <li class="cimolt-pages__item cimolt-pages__gap" aria-hidden="true">…</li>
      </xsl:when>
    </xsl:choose>
    <xsl:call-template name="page-links">
      <xsl:with-param name="i" select="$i + 1"/>
      <xsl:with-param name="page" select="$page"/>
      <xsl:with-param name="pages" select="$pages"/>
      <xsl:with-param name="base" select="$base"/>
    </xsl:call-template>
  </xsl:if>
</xsl:template>

<!-- The advice requests by status, with the way to them. -->
<xsl:template match="advice-requests">
  <section class="cimolt-result" aria-labelledby="requests-heading">
    <h2 id="requests-heading"><xsl:value-of select="c:t('advice.admin.title')"/></h2>
    <dl class="cimolt-counts">
      <xsl:for-each select="@new | @in_progress | @done">
        <div class="cimolt-counts__item">
          <dt><xsl:value-of select="c:t(concat('advice.status.', local-name()))"/></dt>
          <dd><xsl:value-of select="."/></dd>
        </div>
      </xsl:for-each>
    </dl>
    <p><a class="utrecht-link" href="/beheer/advies"><xsl:value-of select="c:t('overview.to-requests')"/></a></p>
  </section>
</xsl:template>

</xsl:stylesheet>
