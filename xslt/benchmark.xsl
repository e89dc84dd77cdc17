<?xml version="1.0" encoding="UTF-8"?>
<!--
  The benchmark (page name "benchmark", GET /benchmark/{year}?groep=...):
  a municipality's scores next to those of its peers.
    <benchmark year group min-group participants hidden="no|too-small|no-round">
      <years><year value current?/>...</years>      own submitted years
      <groups><group name="all|province|size" label? participants current/>...</groups>
      <stat scope key n median? median-to? q1? q1-to? q3? q3-to? quartiles? own? position? hidden? reason?/>...
    </benchmark>
    <trend group><year value><point scope key own? median? median-to?/>...</year>...</trend>
    <target>10</target>
  The peer group is chosen with a plain GET form (select groep and a
  button: no JavaScript needed); the years are links that keep the group.
  A group below the minimum size shows why, and no figures; so does a
  scope with too few values. Charts and their tables: benchmark-common.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:func="http://exslt.org/functions"
    xmlns:c="urn:cimolt:xslt"
    extension-element-prefixes="func c"
    exclude-result-prefixes="c">

<xsl:import href="benchmark-common.xsl"/>

<xsl:variable name="b" select="/page/benchmark"/>
<xsl:variable name="group" select="$b/groups/group[@current = 'yes'][1]"/>
<xsl:variable name="target" select="number(/page/target)"/>

<xsl:template match="page" mode="c:title">
  <xsl:choose>
    <xsl:when test="$b/@hidden = 'no-round' or not(normalize-space($b/@year))"><xsl:value-of select="c:t('benchmark.title.plain')"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('benchmark.title', $b/@year)"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1>
    <xsl:apply-templates select="." mode="c:title"/>
    <xsl:if test="normalize-space(user/@organisation)">
      <span class="cimolt-heading-sub"><xsl:value-of select="c:t('benchmark.subtitle', user/@organisation)"/></span>
    </xsl:if>
  </h1>
  <xsl:choose>
    <xsl:when test="$b/@hidden = 'no-round'">
      <p class="cimolt-intro"><xsl:value-of select="c:t('benchmark.no-round')"/></p>
      <p><a class="utrecht-link" href="/monitor"><xsl:value-of select="c:t('benchmark.to-monitor')"/></a></p>
    </xsl:when>
    <xsl:otherwise>
      <p class="cimolt-intro"><xsl:value-of select="c:t('benchmark.lead')"/></p>
      <xsl:for-each select="$b">
        <xsl:call-template name="year-switch">
          <xsl:with-param name="base" select="'/benchmark/'"/>
          <xsl:with-param name="query" select="concat('?groep=', c:group-param($group/@name))"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="group-switch"/>
      <p class="cimolt-peers-link"><a class="utrecht-link" href="/benchmark/{$b/@year}/vergelijken"><xsl:value-of select="c:t('peers.link')"/></a></p>
      <xsl:choose>
        <xsl:when test="$b/@hidden = 'too-small'">
          <div class="utrecht-alert utrecht-alert--warning cimolt-too-small">
            <div class="utrecht-alert__content">
              <div class="utrecht-alert__message">
                <h2 class="cimolt-too-small__title"><xsl:value-of select="c:t('benchmark.too-small.title')"/></h2>
                <p><xsl:value-of select="c:t('benchmark.too-small', c:group-name($group), $b/@participants, $b/@min-group)"/></p>
                <p><xsl:value-of select="c:t('benchmark.too-small.choose')"/></p>
              </div>
            </div>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="summary"/>
          <xsl:call-template name="boxplot-legend"/>
          <xsl:for-each select="$b">
            <xsl:call-template name="stat-sections">
              <xsl:with-param name="target" select="$target"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:apply-templates select="/page/trend[year]"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="method-note">
        <xsl:with-param name="min-group" select="$b/@min-group"/>
      </xsl:call-template>
      <p class="cimolt-no-print"><a class="utrecht-link" href="/advies/{$b/@year}"><xsl:value-of select="c:t('benchmark.to-advice', $b/@year)"/></a></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The peer group: a GET form to this page with a select "groep" and a
     button, so it works without JavaScript; each option says how many
     municipalities the group has. -->
<xsl:template name="group-switch">
  <form class="cimolt-group-switch cimolt-no-print" method="get" action="/benchmark/{$b/@year}">
    <div class="utrecht-form-field utrecht-form-field--text cimolt-form-field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="groep"><xsl:value-of select="c:t('benchmark.group.label')"/></label>
      </div>
      <div class="cimolt-group-switch__controls">
        <select class="utrecht-select utrecht-select--html-select" id="groep" name="groep">
          <xsl:for-each select="$b/groups/group">
            <option value="{c:group-param(@name)}">
              <xsl:if test="@current = 'yes'">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="c:t('group.option', c:group-name(.), @participants)"/>
            </option>
          </xsl:for-each>
        </select>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          <xsl:value-of select="c:t('benchmark.group.submit')"/>
        </button>
      </div>
    </div>
  </form>
  <p class="cimolt-group-current">
    <xsl:value-of select="c:t('benchmark.group.current', c:group-name($group), $group/@participants)"/>
  </p>
</xsl:template>

<!-- The main figures as cards: the own value, its position in words and
     the median's range, for the overall score, the levels and the share. -->
<xsl:template name="summary">
  <section class="cimolt-result" aria-labelledby="summary-heading">
    <h2 id="summary-heading"><xsl:value-of select="c:t('benchmark.summary', c:group-name($group))"/></h2>
    <dl class="cimolt-scorecards">
      <xsl:apply-templates mode="scorecard" select="$b/stat[@scope = 'overall']"/>
      <xsl:apply-templates mode="scorecard" select="$b/stat[@scope = 'level']"/>
      <xsl:apply-templates mode="scorecard" select="$b/stat[@scope = 'share' and @key = 'overall']"/>
    </dl>
  </section>
</xsl:template>

<xsl:template match="stat" mode="scorecard">
  <xsl:variable name="percent" select="@scope = 'share'"/>
  <div class="cimolt-scorecard">
    <xsl:if test="@scope = 'overall'"><xsl:attribute name="class">cimolt-scorecard cimolt-scorecard--main</xsl:attribute></xsl:if>
    <dt>
      <xsl:choose>
        <xsl:when test="$percent"><xsl:value-of select="c:t('monitor.result.share-label')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="c:scope-name(.)"/></xsl:otherwise>
      </xsl:choose>
    </dt>
    <dd>
      <xsl:choose>
        <xsl:when test="@own">
          <span class="cimolt-scorecard__value"><xsl:value-of select="c:figure(@own, $percent)"/></span>
          <xsl:if test="not($percent)">
            <xsl:text> </xsl:text>
            <span class="cimolt-scorecard__unit"><xsl:value-of select="c:t('monitor.result.of-100')"/></span>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise><span class="cimolt-scorecard__value"><xsl:value-of select="c:t('monitor.result.unknown')"/></span></xsl:otherwise>
      </xsl:choose>
      <xsl:choose>
        <xsl:when test="@hidden = 'yes' or not(@median)">
          <span class="cimolt-scorecard__sub"><xsl:value-of select="c:hidden(.)"/></span>
        </xsl:when>
        <xsl:otherwise>
          <xsl:if test="@position">
            <span class="cimolt-scorecard__sub cimolt-scorecard__position"><xsl:value-of select="c:t(concat('position.', @position))"/></span>
          </xsl:if>
          <span class="cimolt-scorecard__sub">
            <xsl:value-of select="c:t('benchmark.card.median', c:range(., 'median', $percent))"/>
          </span>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$percent and @own and $target &gt;= 0">
        <span class="cimolt-scorecard__sub">
          <xsl:choose>
            <xsl:when test="number(@own) &gt;= $target"><xsl:value-of select="c:t('monitor.result.target-met', $target)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="c:t('monitor.result.target-missed', $target)"/></xsl:otherwise>
          </xsl:choose>
        </span>
      </xsl:if>
    </dd>
  </div>
</xsl:template>

<!-- The trend: per scope of the points (overall, the levels, the share) a
     line chart of the own value and the peer median per year, each with
     a table of its numbers. -->
<xsl:template match="trend">
  <xsl:variable name="t" select="."/>
  <section class="cimolt-result" aria-labelledby="trend-heading">
    <h2 id="trend-heading"><xsl:value-of select="c:t('benchmark.trend')"/></h2>
    <p class="cimolt-result__explain"><xsl:value-of select="c:t('benchmark.trend.text', c:group-name($group))"/></p>
    <div class="cimolt-trends">
      <xsl:for-each select="year[1]/point">
        <xsl:variable name="scope" select="string(@scope)"/>
        <xsl:variable name="key" select="string(@key)"/>
        <xsl:call-template name="trend-chart">
          <xsl:with-param name="id" select="concat('trend-', position())"/>
          <xsl:with-param name="points" select="$t/year/point[@scope = $scope and @key = $key]"/>
          <xsl:with-param name="name">
            <xsl:choose>
              <xsl:when test="$scope = 'share' and $key = 'overall'"><xsl:value-of select="c:t('monitor.result.share-label')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:scope-name(.)"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="percent" select="$scope = 'share'"/>
        </xsl:call-template>
      </xsl:for-each>
    </div>
  </section>
</xsl:template>

<!-- One trend chart with its table: points are one <point> per year
     (oldest first). The years spread evenly over the width; values on a
     scale of 0-100. The own value: a solid line with dots; the median: a
     dashed line with squares; each point labelled with its value. -->
<xsl:template name="trend-chart">
  <xsl:param name="id"/>
  <xsl:param name="points"/>
  <xsl:param name="name"/>
  <xsl:param name="percent" select="false()"/>
  <!-- cimoltd draws it in C (fcgi/render-charts.c) with these
       parameters and the page's $target; the fallback is the same
       drawing in XSLT, which xsltproc runs, and which the C follows to
       the byte. -->
  <c:trend>
  <xsl:fallback>
  <xsl:variable name="n" select="count($points)"/>
  <xsl:variable name="left" select="44"/>
  <xsl:variable name="width" select="340"/>
  <xsl:variable name="top" select="44"/>
  <xsl:variable name="height" select="160"/>
  <xsl:variable name="title" select="c:t('benchmark.chart.trend', $name)"/>
  <div class="cimolt-trend">
    <h3 class="cimolt-trend__title"><xsl:value-of select="$name"/></h3>
    <svg xmlns="http://www.w3.org/2000/svg" id="{$id}" class="cimolt-chart cimolt-chart--trend" role="img"
        aria-labelledby="{$id}-title {$id}-desc" viewBox="0 0 400 240">
      <title id="{$id}-title"><xsl:value-of select="$title"/></title>
      <desc id="{$id}-desc"><xsl:value-of select="c:t('monitor.chart.desc')"/></desc>
      <!-- The legend, on top. -->
      <line class="cimolt-chart__line-own" x1="{$left}" y1="12" x2="{$left + 24}" y2="12"/>
      <circle class="cimolt-chart__own" cx="{$left + 12}" cy="12" r="4"/>
      <text class="cimolt-chart__legend" x="{$left + 30}" y="17"><xsl:value-of select="c:t('benchmark.chart.own')"/></text>
      <line class="cimolt-chart__line-median" x1="{$left + 120}" y1="12" x2="{$left + 144}" y2="12"/>
      <rect class="cimolt-chart__point-median" x="{$left + 128}" y="8" width="8" height="8"/>
      <text class="cimolt-chart__legend" x="{$left + 150}" y="17"><xsl:value-of select="c:t('benchmark.chart.median')"/></text>
      <!-- The scale. -->
      <xsl:call-template name="trend-tick"><xsl:with-param name="v" select="0"/><xsl:with-param name="left" select="$left"/><xsl:with-param name="width" select="$width"/><xsl:with-param name="top" select="$top"/><xsl:with-param name="height" select="$height"/><xsl:with-param name="percent" select="$percent"/></xsl:call-template>
      <xsl:call-template name="trend-tick"><xsl:with-param name="v" select="50"/><xsl:with-param name="left" select="$left"/><xsl:with-param name="width" select="$width"/><xsl:with-param name="top" select="$top"/><xsl:with-param name="height" select="$height"/><xsl:with-param name="percent" select="$percent"/></xsl:call-template>
      <xsl:call-template name="trend-tick"><xsl:with-param name="v" select="100"/><xsl:with-param name="left" select="$left"/><xsl:with-param name="width" select="$width"/><xsl:with-param name="top" select="$top"/><xsl:with-param name="height" select="$height"/><xsl:with-param name="percent" select="$percent"/></xsl:call-template>
      <xsl:if test="$percent and $target &gt;= 0">
        <xsl:variable name="ty" select="$top + $height - $height * $target div 100"/>
        <line class="cimolt-chart__target" x1="{$left}" y1="{$ty}" x2="{$left + $width}" y2="{$ty}"/>
        <line class="cimolt-chart__target" x1="{$left + 240}" y1="12" x2="{$left + 264}" y2="12"/>
        <text class="cimolt-chart__legend" x="{$left + 270}" y="17"><xsl:value-of select="c:t('monitor.target', $target)"/></text>
      </xsl:if>
      <!-- The lines, then the points with their values and the years. -->
      <xsl:variable name="own-line">
        <xsl:for-each select="$points[@own]">
          <xsl:value-of select="concat(c:trend-x(count(../preceding-sibling::year) + 1, $n, $left, $width), ',', c:trend-y(@own, $top, $height), ' ')"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="median-line">
        <xsl:for-each select="$points[@median]">
          <xsl:value-of select="concat(c:trend-x(count(../preceding-sibling::year) + 1, $n, $left, $width), ',', c:trend-y(c:mid(., 'median'), $top, $height), ' ')"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:if test="count($points[@median]) &gt; 1">
        <polyline class="cimolt-chart__line-median" points="{normalize-space($median-line)}"/>
      </xsl:if>
      <xsl:if test="count($points[@own]) &gt; 1">
        <polyline class="cimolt-chart__line-own" points="{normalize-space($own-line)}"/>
      </xsl:if>
      <xsl:for-each select="$points">
        <xsl:variable name="x" select="c:trend-x(count(../preceding-sibling::year) + 1, $n, $left, $width)"/>
        <!-- The higher value is labelled above its point, the other below. -->
        <xsl:variable name="own-up" select="not(@median) or number(@own) &gt;= c:mid(., 'median')"/>
        <xsl:if test="@median">
          <xsl:variable name="y" select="c:trend-y(c:mid(., 'median'), $top, $height)"/>
          <rect class="cimolt-chart__point-median" x="{$x - 4}" y="{$y - 4}" width="8" height="8"/>
          <text class="cimolt-chart__value cimolt-chart__value--median" x="{$x}" text-anchor="middle">
            <xsl:attribute name="y">
              <xsl:choose>
                <xsl:when test="$own-up and @own"><xsl:value-of select="$y + 20"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$y - 10"/></xsl:otherwise>
              </xsl:choose>
            </xsl:attribute>
            <xsl:value-of select="c:range(., 'median', $percent)"/>
          </text>
        </xsl:if>
        <xsl:if test="@own">
          <xsl:variable name="y" select="c:trend-y(@own, $top, $height)"/>
          <circle class="cimolt-chart__own" cx="{$x}" cy="{$y}" r="5"/>
          <text class="cimolt-chart__value" x="{$x}" text-anchor="middle">
            <xsl:attribute name="y">
              <xsl:choose>
                <xsl:when test="$own-up"><xsl:value-of select="$y - 10"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$y + 20"/></xsl:otherwise>
              </xsl:choose>
            </xsl:attribute>
            <xsl:value-of select="c:figure(@own, $percent)"/>
          </text>
        </xsl:if>
        <text class="cimolt-chart__label" x="{$x}" y="{$top + $height + 26}" text-anchor="middle"><xsl:value-of select="../@value"/></text>
      </xsl:for-each>
    </svg>
    <table class="cimolt-table cimolt-result__table">
      <caption><xsl:value-of select="c:t('monitor.result.table', c:t('benchmark.trend.name', $name))"/></caption>
      <thead>
        <tr>
          <th scope="col"><xsl:value-of select="c:t('benchmark.col.year')"/></th>
          <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('benchmark.col.own')"/></th>
          <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('benchmark.col.median')"/></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$points">
          <tr>
            <th scope="row"><xsl:value-of select="../@value"/></th>
            <td class="cimolt-table__number">
              <xsl:choose>
                <xsl:when test="@own"><xsl:value-of select="c:figure(@own, $percent)"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="c:t('monitor.result.unknown')"/></xsl:otherwise>
              </xsl:choose>
            </td>
            <td class="cimolt-table__number">
              <xsl:choose>
                <xsl:when test="@median"><xsl:value-of select="c:range(., 'median', $percent)"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="c:t('benchmark.trend.no-median')"/></xsl:otherwise>
              </xsl:choose>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </div>
  </xsl:fallback>
  </c:trend>
</xsl:template>

<!-- A line of the trend chart's scale at v, with its value on the left. -->
<xsl:template name="trend-tick">
  <xsl:param name="v"/>
  <xsl:param name="left"/>
  <xsl:param name="width"/>
  <xsl:param name="top"/>
  <xsl:param name="height"/>
  <xsl:param name="percent"/>
  <xsl:variable name="y" select="$top + $height - $height * $v div 100"/>
  <line xmlns="http://www.w3.org/2000/svg" class="cimolt-chart__grid" x1="{$left}" y1="{$y}" x2="{$left + $width}" y2="{$y}"/>
  <text xmlns="http://www.w3.org/2000/svg" class="cimolt-chart__scale" x="{$left - 8}" y="{$y + 4}" text-anchor="end">
    <xsl:choose>
      <xsl:when test="$percent"><xsl:value-of select="c:t('monitor.percent', $v)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
    </xsl:choose>
  </text>
</xsl:template>

<!-- c:trend-x(i, n, left, width): the x of year i of n: spread evenly,
     20 in from both ends; a single year in the middle. (C: render.c) -->

<!-- c:trend-y(v, top, height): the y of value v (0-100). (C: render.c) -->

</xsl:stylesheet>
