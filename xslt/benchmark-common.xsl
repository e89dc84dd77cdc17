<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the benchmark's pages share: the names of scopes and peer
  groups, the switch between years, and the charts with their tables.
  Imported by benchmark.xsl, regional.xsl, advice*.xsl and overview.xsl
  (it imports monitor-common.xsl for c:decimal and c:whole, and that
  imports layout.xsl).

  Statistics in the page document, one per scope:
    <stat scope="overall|level|theme|category|share" key n median median-to
          q1? q1-to? q3? q3-to? quartiles="too-few"? own? position?
          hidden="yes"? reason="too-few|overlap"?/>
  hidden: no figures, for the reason given (too few anonymous values, or
  a group that could be subtracted from a larger one). Figures are
  ranges (median to median-to); the quartiles only for larger groups.

  Charts, drawn like the monitor's result (monitor-result.xsl): SVG images
  with a name (role img, <title>), as wide as the page (x positions are
  percentages, so texts keep their size), each followed by a table of
  the same numbers. A box plot has a row per scope: the whisker from the
  lowest to the highest value, the box from the first to the third
  quartile, a line at the median and, on the benchmark, a dot for the
  municipality's own value. The trend chart is a line chart of the own
  value and the peer median per year; it scales as a whole, like the
  radar.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:func="http://exslt.org/functions"
    xmlns:c="urn:cimolt:xslt"
    extension-element-prefixes="func c"
    exclude-result-prefixes="c">

<xsl:import href="monitor-common.xsl"/>
<xsl:include href="advice-topic.xsl"/>

<!-- c:scope-name(stat, short): the name of a <stat>'s (or <score>'s,
     <point>'s) scope: "Totaalscore", "Strategisch niveau", a theme or a
     category; a share is named after its category. short: the short
     names the charts use. (C: render.c) -->

<!-- c:figure(v, percent): a value as the page shows it, "41,3" or, for
     a share, "41,3%". (C: render.c) -->

<!-- c:range(stat, name): a published figure as its range, "40–45" (or
     "40–45%"): the attributes name and name-to of the stat. (C: render.c) -->

<!-- c:mid(stat, name): the middle of a published figure's range, where
     a chart draws it. (C: render.c) -->

<!-- c:hidden(stat): why a stat has no figures, in words. (C: render.c) -->

<!-- c:size-class(code): a size class ('<20k' ... '>=100k') in words,
     "50.000 tot 100.000". (C: render.c) -->

<!-- c:group-name(group): a peer group in words, "Alle deelnemers",
     "Gemeenten in Gelderland", "Gemeenten met 50.000 tot 100.000
     inwoners". (C: render.c) -->

<!-- c:group-param(name): a group's name in the page document as the URL
     writes it (?groep=). (C: render.c) -->

<!-- The years to switch between (context: the element with <years>):
     a link per year to base + year + query, the current year marked.
     Nothing when there is only one year. -->
<xsl:template name="year-switch">
  <xsl:param name="base"/>
  <xsl:param name="query" select="''"/>
  <xsl:if test="count(years/year) &gt; 1">
    <nav class="cimolt-years cimolt-no-print" aria-label="{c:t('benchmark.years')}">
      <span class="cimolt-years__label" aria-hidden="true"><xsl:value-of select="c:t('benchmark.years')"/></span>
      <ul class="cimolt-years__list">
        <xsl:for-each select="years/year">
          <li class="cimolt-years__item">
            <a class="cimolt-years__link" href="{$base}{@value}{$query}">
              <xsl:if test="@current = 'yes'">
                <xsl:attribute name="aria-current">page</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="@value"/>
            </a>
          </li>
        </xsl:for-each>
      </ul>
    </nav>
  </xsl:if>
</xsl:template>

<!-- What the box plots draw, in words (once per page, before the first
     chart); own: whether they mark the municipality's own value. -->
<xsl:template name="boxplot-legend">
  <xsl:param name="own" select="true()"/>
  <ul class="cimolt-legend">
    <xsl:if test="$own">
      <li class="cimolt-legend__item">
        <svg xmlns="http://www.w3.org/2000/svg" class="cimolt-legend__key" aria-hidden="true" viewBox="0 0 24 16" width="24" height="16">
          <circle class="cimolt-chart__own" cx="12" cy="8" r="6"/>
        </svg>
        <xsl:value-of select="c:t('benchmark.legend.own')"/>
      </li>
    </xsl:if>
    <li class="cimolt-legend__item">
      <svg xmlns="http://www.w3.org/2000/svg" class="cimolt-legend__key" aria-hidden="true" viewBox="0 0 24 16" width="24" height="16">
        <rect class="cimolt-chart__box" x="2" y="2" width="20" height="12"/>
      </svg>
      <xsl:value-of select="c:t('benchmark.legend.box')"/>
    </li>
    <li class="cimolt-legend__item">
      <svg xmlns="http://www.w3.org/2000/svg" class="cimolt-legend__key" aria-hidden="true" viewBox="0 0 24 16" width="24" height="16">
        <line class="cimolt-chart__median" x1="12" y1="0" x2="12" y2="16"/>
      </svg>
      <xsl:value-of select="c:t('benchmark.legend.median')"/>
    </li>
  </ul>
</xsl:template>

<!-- A box plot, one row per <stat> of rows, on a scale of 0-100 (percent:
     0-100%, with the target marked by a dashed line when target >= 0).
     Per row: the name; the plot (or, for a hidden stat, why there is
     none); under it the median and the own value in figures. own:
     whether to mark the own value. -->
<xsl:template name="boxplot">
  <xsl:param name="id"/>
  <xsl:param name="title"/>
  <xsl:param name="rows"/>
  <xsl:param name="own" select="true()"/>
  <xsl:param name="percent" select="false()"/>
  <xsl:param name="target" select="-1"/>
  <!-- cimoltd draws it in C (fcgi/render-charts.c) with these
       parameters; the fallback is the same drawing in XSLT, which
       xsltproc runs, and which the C follows to the byte. -->
  <c:boxplot>
  <xsl:fallback>
  <xsl:variable name="h" select="80"/>
  <xsl:variable name="top">
    <xsl:choose>
      <xsl:when test="$target &gt;= 0">24</xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="bottom" select="$top + count($rows) * $h"/>
  <svg xmlns="http://www.w3.org/2000/svg" id="{$id}" class="cimolt-chart cimolt-chart--box" role="img"
      aria-labelledby="{$id}-title {$id}-desc" width="100%" height="{$bottom + 24}">
    <title id="{$id}-title"><xsl:value-of select="$title"/></title>
    <desc id="{$id}-desc"><xsl:value-of select="c:t('monitor.chart.desc')"/></desc>
    <!-- The scale: lines at 0, 25, 50, 75 and 100, their values under
         the last row. -->
    <g class="cimolt-chart__axis">
        <xsl:call-template name="boxplot-tick"><xsl:with-param name="v" select="0"/><xsl:with-param name="top" select="$top"/><xsl:with-param name="bottom" select="$bottom"/><xsl:with-param name="percent" select="$percent"/></xsl:call-template>
        <xsl:call-template name="boxplot-tick"><xsl:with-param name="v" select="25"/><xsl:with-param name="top" select="$top"/><xsl:with-param name="bottom" select="$bottom"/><xsl:with-param name="percent" select="$percent"/></xsl:call-template>
        <xsl:call-template name="boxplot-tick"><xsl:with-param name="v" select="50"/><xsl:with-param name="top" select="$top"/><xsl:with-param name="bottom" select="$bottom"/><xsl:with-param name="percent" select="$percent"/></xsl:call-template>
        <xsl:call-template name="boxplot-tick"><xsl:with-param name="v" select="75"/><xsl:with-param name="top" select="$top"/><xsl:with-param name="bottom" select="$bottom"/><xsl:with-param name="percent" select="$percent"/></xsl:call-template>
        <xsl:call-template name="boxplot-tick"><xsl:with-param name="v" select="100"/><xsl:with-param name="top" select="$top"/><xsl:with-param name="bottom" select="$bottom"/><xsl:with-param name="percent" select="$percent"/></xsl:call-template>
    </g>
    <xsl:for-each select="$rows">
      <xsl:variable name="y" select="$top + (position() - 1) * $h"/>
      <xsl:variable name="cy" select="$y + 38"/>
      <g>
        <xsl:attribute name="class">
          <xsl:text>cimolt-chart__row</xsl:text>
          <xsl:if test="@scope = 'overall' or @key = 'overall'"> cimolt-chart__row--total</xsl:if>
          <xsl:if test="@hidden = 'yes'"> cimolt-chart__row--hidden</xsl:if>
        </xsl:attribute>
        <text class="cimolt-chart__label" x="0" y="{$y + 16}"><xsl:value-of select="c:scope-name(., true())"/></text>
        <xsl:choose>
          <xsl:when test="@hidden = 'yes' or not(@median)">
            <text class="cimolt-chart__note" x="0" y="{$cy + 5}"><xsl:value-of select="c:hidden(.)"/></text>
          </xsl:when>
          <xsl:otherwise>
            <!-- The box from the lower end of q1's range to the upper end
                 of q3's (shown only for groups large enough); the median
                 in the middle of its range. -->
            <xsl:if test="@q1">
              <rect class="cimolt-chart__box" x="{c:pct(@q1)}" y="{$cy - 11}" height="22">
                <xsl:attribute name="width">
                  <xsl:value-of select="format-number(c:clamp(@q3-to) - c:clamp(@q1), '0.##')"/>
                  <xsl:text>%</xsl:text>
                </xsl:attribute>
              </rect>
            </xsl:if>
            <line class="cimolt-chart__median" x1="{c:pct(c:mid(., 'median'))}" y1="{$cy - 14}" x2="{c:pct(c:mid(., 'median'))}" y2="{$cy + 14}"/>
            <xsl:if test="$own and @own">
              <circle class="cimolt-chart__own" cx="{c:pct(@own)}" cy="{$cy}" r="7"/>
            </xsl:if>
            <text class="cimolt-chart__figures" x="0" y="{$y + 70}">
              <xsl:value-of select="c:t('benchmark.chart.median')"/>
              <xsl:text> </xsl:text>
              <tspan class="cimolt-chart__value"><xsl:value-of select="c:range(., 'median', $percent)"/></tspan>
              <xsl:if test="$own">
                <xsl:text> · </xsl:text>
                <xsl:value-of select="c:t('benchmark.chart.own')"/>
                <xsl:text> </xsl:text>
                <xsl:choose>
                  <xsl:when test="@own">
                    <tspan class="cimolt-chart__value"><xsl:value-of select="c:figure(@own, $percent)"/></tspan>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="c:t('monitor.result.unknown')"/></xsl:otherwise>
                </xsl:choose>
              </xsl:if>
            </text>
          </xsl:otherwise>
        </xsl:choose>
      </g>
    </xsl:for-each>
    <xsl:if test="$target &gt;= 0">
      <line class="cimolt-chart__target" x1="{$target}%" y1="20" x2="{$target}%" y2="{$bottom}"/>
      <text class="cimolt-chart__target-label" x="{$target}%" dx="4" y="14"><xsl:value-of select="c:t('monitor.target', $target)"/></text>
    </xsl:if>
  </svg>
  </xsl:fallback>
  </c:boxplot>
</xsl:template>

<!-- A line of the box plot's scale at v, its value under the rows. -->
<xsl:template name="boxplot-tick">
  <xsl:param name="v"/>
  <xsl:param name="top"/>
  <xsl:param name="bottom"/>
  <xsl:param name="percent"/>
  <line xmlns="http://www.w3.org/2000/svg" class="cimolt-chart__grid" x1="{$v}%" y1="{$top}" x2="{$v}%" y2="{$bottom}"/>
  <text xmlns="http://www.w3.org/2000/svg" class="cimolt-chart__scale" x="{$v}%" y="{$bottom + 16}">
    <xsl:attribute name="text-anchor">
      <xsl:choose>
        <xsl:when test="$v = 0">start</xsl:when>
        <xsl:when test="$v = 100">end</xsl:when>
        <xsl:otherwise>middle</xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
    <xsl:choose>
      <xsl:when test="$percent"><xsl:value-of select="c:t('monitor.percent', $v)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
    </xsl:choose>
  </text>
</xsl:template>

<!-- c:clamp(v): v as a number within 0-100. (C: render.c) -->

<!-- c:pct(v): an x position on the 0-100 scale, "41.3%". (C: render.c) -->

<!-- The numbers of a box plot: per <stat> of rows the number of values,
     the ranges of the quartiles and the median and, with own, the own
     value and its position. A hidden stat says why it has no figures;
     quartiles left out say why too. -->
<xsl:template name="stat-table">
  <xsl:param name="rows"/>
  <xsl:param name="caption"/>
  <xsl:param name="head"/>
  <xsl:param name="own" select="true()"/>
  <xsl:param name="percent" select="false()"/>
  <!-- cimoltd draws it in C (fcgi/render-charts.c) with these
       parameters; the fallback is the same table in XSLT, which
       xsltproc runs, and which the C follows to the byte. -->
  <c:stat-table>
  <xsl:fallback>
  <!-- A hidden row: its name (and own value), then one cell for the rest. -->
  <xsl:variable name="span">
    <xsl:choose>
      <xsl:when test="$own">5</xsl:when>
      <xsl:otherwise>4</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <table class="cimolt-table cimolt-result__table cimolt-stats">
    <caption><xsl:value-of select="$caption"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="$head"/></th>
        <xsl:if test="$own">
          <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('benchmark.col.own')"/></th>
        </xsl:if>
        <th scope="col" class="cimolt-table__number"><abbr title="{c:t('benchmark.col.n.long')}"><xsl:value-of select="c:t('benchmark.col.n')"/></abbr></th>
        <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('benchmark.col.q1')"/></th>
        <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('benchmark.col.median')"/></th>
        <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('benchmark.col.q3')"/></th>
        <xsl:if test="$own">
          <th scope="col"><xsl:value-of select="c:t('benchmark.col.position')"/></th>
        </xsl:if>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="$rows">
        <tr>
          <xsl:if test="@scope = 'overall' or @key = 'overall'"><xsl:attribute name="class">cimolt-table__total</xsl:attribute></xsl:if>
          <th scope="row"><xsl:value-of select="c:scope-name(.)"/></th>
          <xsl:if test="$own">
            <td class="cimolt-table__number">
              <xsl:choose>
                <xsl:when test="@own"><xsl:value-of select="c:figure(@own, $percent)"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="c:t('monitor.result.unknown')"/></xsl:otherwise>
              </xsl:choose>
            </td>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="@hidden = 'yes' or not(@median)">
              <td colspan="{$span}" class="cimolt-stats__hidden">
                <xsl:value-of select="c:hidden(.)"/>
              </td>
            </xsl:when>
            <xsl:otherwise>
              <td class="cimolt-table__number"><xsl:value-of select="@n"/></td>
              <xsl:choose>
                <xsl:when test="@q1">
                  <td class="cimolt-table__number"><xsl:value-of select="c:range(., 'q1', $percent)"/></td>
                  <td class="cimolt-table__number"><xsl:value-of select="c:range(., 'median', $percent)"/></td>
                  <td class="cimolt-table__number"><xsl:value-of select="c:range(., 'q3', $percent)"/></td>
                </xsl:when>
                <xsl:otherwise>
                  <td class="cimolt-stats__hidden"><xsl:value-of select="c:t('benchmark.hidden.quartiles')"/></td>
                  <td class="cimolt-table__number"><xsl:value-of select="c:range(., 'median', $percent)"/></td>
                  <td class="cimolt-stats__hidden"><xsl:value-of select="c:t('benchmark.hidden.quartiles')"/></td>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:if test="$own">
                <td>
                  <xsl:choose>
                    <xsl:when test="@position">
                      <xsl:value-of select="c:t(concat('position.', @position))"/>
                    </xsl:when>
                    <xsl:otherwise><xsl:value-of select="c:t('monitor.result.unknown')"/></xsl:otherwise>
                  </xsl:choose>
                </td>
              </xsl:if>
            </xsl:otherwise>
          </xsl:choose>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
  </xsl:fallback>
  </c:stat-table>
</xsl:template>

<!-- A section of the statistics: heading, box plot and table, for the
     <stat> elements of rows. -->
<xsl:template name="stat-section">
  <xsl:param name="id"/>
  <xsl:param name="heading"/>
  <xsl:param name="head"/>
  <xsl:param name="rows"/>
  <xsl:param name="own" select="true()"/>
  <xsl:param name="percent" select="false()"/>
  <xsl:param name="target" select="-1"/>
  <xsl:param name="text" select="''"/>
  <section class="cimolt-result" aria-labelledby="{$id}-heading">
    <h2 id="{$id}-heading"><xsl:value-of select="$heading"/></h2>
    <xsl:if test="$text != ''"><p class="cimolt-result__explain"><xsl:value-of select="$text"/></p></xsl:if>
    <xsl:call-template name="boxplot">
      <xsl:with-param name="id" select="concat('chart-', $id)"/>
      <xsl:with-param name="title" select="c:t('benchmark.chart.box', $heading)"/>
      <xsl:with-param name="rows" select="$rows"/>
      <xsl:with-param name="own" select="$own"/>
      <xsl:with-param name="percent" select="$percent"/>
      <xsl:with-param name="target" select="$target"/>
    </xsl:call-template>
    <xsl:call-template name="stat-table">
      <xsl:with-param name="rows" select="$rows"/>
      <xsl:with-param name="caption" select="c:t('monitor.result.table', $heading)"/>
      <xsl:with-param name="head" select="$head"/>
      <xsl:with-param name="own" select="$own"/>
      <xsl:with-param name="percent" select="$percent"/>
    </xsl:call-template>
  </section>
</xsl:template>

<!-- The statistics of an element (<benchmark>, <region>) in four
     sections: the overall score and the levels, the themes, the
     categories, and the share of circular spend with the target. -->
<xsl:template name="stat-sections">
  <xsl:param name="own" select="true()"/>
  <xsl:param name="target" select="-1"/>
  <xsl:call-template name="stat-section">
    <xsl:with-param name="id" select="'levels'"/>
    <xsl:with-param name="heading" select="c:t('benchmark.levels')"/>
    <xsl:with-param name="head" select="c:t('monitor.col.level')"/>
    <xsl:with-param name="rows" select="stat[@scope = 'overall' or @scope = 'level']"/>
    <xsl:with-param name="own" select="$own"/>
  </xsl:call-template>
  <xsl:call-template name="stat-section">
    <xsl:with-param name="id" select="'themes'"/>
    <xsl:with-param name="heading" select="c:t('monitor.result.themes')"/>
    <xsl:with-param name="head" select="c:t('monitor.col.theme')"/>
    <xsl:with-param name="rows" select="stat[@scope = 'theme']"/>
    <xsl:with-param name="own" select="$own"/>
  </xsl:call-template>
  <xsl:call-template name="stat-section">
    <xsl:with-param name="id" select="'categories'"/>
    <xsl:with-param name="heading" select="c:t('monitor.result.categories')"/>
    <xsl:with-param name="head" select="c:t('monitor.col.category')"/>
    <xsl:with-param name="rows" select="stat[@scope = 'category']"/>
    <xsl:with-param name="own" select="$own"/>
  </xsl:call-template>
  <xsl:call-template name="stat-section">
    <xsl:with-param name="id" select="'shares'"/>
    <xsl:with-param name="heading" select="c:t('monitor.result.shares')"/>
    <xsl:with-param name="head" select="c:t('monitor.col.category')"/>
    <xsl:with-param name="rows" select="stat[@scope = 'share']"/>
    <xsl:with-param name="own" select="$own"/>
    <xsl:with-param name="percent" select="true()"/>
    <xsl:with-param name="target" select="$target"/>
    <xsl:with-param name="text">
      <xsl:if test="$target &gt;= 0"><xsl:value-of select="c:t('benchmark.shares-text', $target)"/></xsl:if>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

<!-- A table cell with a <score>'s value (s), or "unknown". -->
<xsl:template name="score-cell">
  <xsl:param name="s"/>
  <xsl:param name="percent" select="false()"/>
  <td class="cimolt-table__number">
    <xsl:choose>
      <xsl:when test="$s/@value"><xsl:value-of select="c:figure($s/@value, $percent)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="c:t('monitor.result.unknown')"/></xsl:otherwise>
    </xsl:choose>
  </td>
</xsl:template>

<!-- How the figures are computed, and that peers stay anonymous. -->
<xsl:template name="method-note">
  <xsl:param name="min-group"/>
  <xsl:param name="own" select="true()"/>
  <section class="cimolt-result cimolt-method" aria-labelledby="method-heading">
    <h2 id="method-heading"><xsl:value-of select="c:t('benchmark.method.title')"/></h2>
    <p><xsl:value-of select="c:t('benchmark.method.quartiles')"/></p>
    <xsl:choose>
      <xsl:when test="$own">
        <p><xsl:value-of select="c:t('benchmark.method.percentile')"/></p>
        <p><xsl:value-of select="c:t('benchmark.method.anonymous', $min-group)"/></p>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="c:t('region.method.anonymous', $min-group)"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </section>
</xsl:template>

</xsl:stylesheet>
