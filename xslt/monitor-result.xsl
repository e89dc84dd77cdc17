<?xml version="1.0" encoding="UTF-8"?>
<!--
  A round's result (page name "monitor-result", GET
  /monitor/{year}/resultaat): the scores computed at submission,
    <target>10</target>
    <scores><score scope key value? answered total/></scores>
    <previous year><score .../></previous>  last year's, when submitted
  scope overall (key ""), level, theme, category, share (per category
  and key overall); no value: nothing answered to score. Each table
  shows the change against last year per scope when there is one, and
  the page leads on to the benchmark, the advice and the report for the
  council (/monitor/{year}/rapport, monitor-report.xsl) of the year, and
  has a print button (static/print.js).

  Drawn here as SVG: bars per theme and a radar of the six strategic
  themes, bars per category, and the share of circular spend per
  category against the target. Each chart is an image with a name
  (role img, its <title>) and is followed by a table of the same numbers,
  for screen readers and for print. The bar charts are as wide as the
  page (their x positions are percentages; texts keep their size), the
  radar scales as a whole. Themes and categories come in the order of
  the questionnaire's sections.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:func="http://exslt.org/functions"
    xmlns:q="urn:cimolt:questionnaire"
    xmlns:c="urn:cimolt:xslt"
    extension-element-prefixes="func"
    exclude-result-prefixes="c q exsl">

<xsl:import href="monitor-common.xsl"/>

<xsl:variable name="s" select="/page/scores/score"/>
<xsl:variable name="target" select="number(/page/target)"/>
<xsl:variable name="prev" select="/page/previous/score"/>
<!-- Tested as variables: the rows of the tables are copies, in which
     "/" is not the page. -->
<xsl:variable name="has-prev" select="boolean(/page/previous)"/>
<xsl:variable name="prev-year" select="string(/page/previous/@year)"/>

<!-- c:change(row): the change of a score row against last year's, signed
     and in the page's language ("+3,5", "−2", "0"), or '' when either
     year has no value. -->
<func:function name="c:change">
  <xsl:param name="row"/>
  <xsl:variable name="p" select="$prev[@scope = $row/@scope and @key = $row/@key]"/>
  <xsl:choose>
    <xsl:when test="$row/@value and $p/@value">
      <xsl:variable name="d" select="round(10 * ($row/@value - $p/@value)) div 10"/>
      <xsl:choose>
        <xsl:when test="$d &gt; 0"><func:result select="concat('+', c:decimal($d))"/></xsl:when>
        <xsl:when test="$d &lt; 0"><func:result select="concat('−', c:decimal(-$d))"/></xsl:when>
        <xsl:otherwise><func:result select="'0'"/></xsl:otherwise>
      </xsl:choose>
    </xsl:when>
    <xsl:otherwise><func:result select="''"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- The rows of each chart: the themes and categories in the order of
     the round's sections (each once), then any the scores have besides. -->
<xsl:variable name="theme-rows-rtf">
  <xsl:for-each select="/page/round/section[@theme and not(@theme = preceding-sibling::section/@theme)]">
    <xsl:variable name="k" select="string(@theme)"/>
    <xsl:copy-of select="$s[@scope = 'theme' and @key = $k]"/>
  </xsl:for-each>
  <xsl:for-each select="$s[@scope = 'theme' and not(@key = /page/round/section/@theme)]">
    <xsl:copy-of select="."/>
  </xsl:for-each>
</xsl:variable>
<xsl:variable name="themes" select="exsl:node-set($theme-rows-rtf)/score"/>

<xsl:variable name="category-rows-rtf">
  <xsl:for-each select="/page/round/section[@category and not(@category = preceding-sibling::section/@category)]">
    <xsl:variable name="k" select="string(@category)"/>
    <xsl:copy-of select="$s[@scope = 'category' and @key = $k]"/>
  </xsl:for-each>
  <xsl:for-each select="$s[@scope = 'category' and not(@key = /page/round/section/@category)]">
    <xsl:copy-of select="."/>
  </xsl:for-each>
</xsl:variable>
<xsl:variable name="categories" select="exsl:node-set($category-rows-rtf)/score"/>

<xsl:variable name="share-rows-rtf">
  <xsl:for-each select="/page/round/section[@category and not(@category = preceding-sibling::section/@category)]">
    <xsl:variable name="k" select="string(@category)"/>
    <xsl:copy-of select="$s[@scope = 'share' and @key = $k]"/>
  </xsl:for-each>
  <xsl:for-each select="$s[@scope = 'share' and @key != 'overall' and not(@key = /page/round/section/@category)]">
    <xsl:copy-of select="."/>
  </xsl:for-each>
  <xsl:copy-of select="$s[@scope = 'share' and @key = 'overall']"/>
</xsl:variable>
<xsl:variable name="shares" select="exsl:node-set($share-rows-rtf)/score"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('monitor.result.title', round/@year)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="year" select="round/@year"/>
  <p class="cimolt-back"><a class="utrecht-link" href="/monitor/{$year}"><xsl:value-of select="c:t('monitor.back-round', $year)"/></a></p>
  <h1><xsl:value-of select="c:t('monitor.result.title', $year)"/></h1>
  <xsl:choose>
    <xsl:when test="round/@status != 'submitted'">
      <p><xsl:value-of select="c:t('monitor.result.not-submitted')"/></p>
      <p><a class="utrecht-link" href="/monitor/{$year}"><xsl:value-of select="c:t('monitor.round', $year)"/></a></p>
    </xsl:when>
    <xsl:otherwise>
      <p class="cimolt-result__who">
        <xsl:value-of select="/page/user/@organisation"/>
        <xsl:if test="normalize-space(round/@submitted)">
          <xsl:text> · </xsl:text>
          <xsl:value-of select="c:t('monitor.submitted-on')"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="round/@submitted"/></xsl:call-template>
        </xsl:if>
      </p>
      <p class="cimolt-result__answered">
        <xsl:value-of select="c:t('monitor.progress', round/@answered, round/@total)"/>
        <xsl:text>. </xsl:text>
        <xsl:value-of select="c:t('monitor.answered-definition')"/>
      </p>
      <xsl:call-template name="summary"/>
      <p class="cimolt-result__explain"><xsl:value-of select="c:t('monitor.result.explain')"/></p>
      <nav class="cimolt-result__next cimolt-no-print" aria-label="{c:t('monitor.result.next')}">
        <ul class="cimolt-actions">
          <li><a class="utrecht-link" href="/benchmark/{$year}"><xsl:value-of select="c:t('monitor.result.to-benchmark', $year)"/></a></li>
          <li><a class="utrecht-link" href="/advies/{$year}"><xsl:value-of select="c:t('monitor.result.to-advice', $year)"/></a></li>
          <li><a class="utrecht-link" href="/monitor/{$year}/rapport"><xsl:value-of select="c:t('monitor.result.to-report', $year)"/></a></li>
        </ul>
      </nav>
      <xsl:call-template name="print-button"/>
      <xsl:if test="/page/previous">
        <p><xsl:value-of select="c:t('monitor.result.change-explain', /page/previous/@year)"/></p>
      </xsl:if>

      <section class="cimolt-result" aria-labelledby="themes-title">
        <h2 id="themes-title"><xsl:value-of select="c:t('monitor.result.themes')"/></h2>
        <div class="cimolt-charts">
          <xsl:call-template name="bars">
            <xsl:with-param name="id" select="'chart-themes'"/>
            <xsl:with-param name="title" select="c:t('monitor.chart.bars', c:t('monitor.result.themes'))"/>
            <xsl:with-param name="rows" select="$themes"/>
            <xsl:with-param name="prefix" select="'theme.short.'"/>
          </xsl:call-template>
          <xsl:if test="count($themes) = 6">
            <xsl:call-template name="radar"/>
          </xsl:if>
        </div>
        <xsl:call-template name="score-table">
          <xsl:with-param name="rows" select="$themes"/>
          <xsl:with-param name="caption" select="c:t('monitor.result.table', c:t('monitor.result.themes'))"/>
          <xsl:with-param name="head" select="c:t('monitor.col.theme')"/>
        </xsl:call-template>
      </section>

      <section class="cimolt-result" aria-labelledby="categories-title">
        <h2 id="categories-title"><xsl:value-of select="c:t('monitor.result.categories')"/></h2>
        <xsl:call-template name="bars">
          <xsl:with-param name="id" select="'chart-categories'"/>
          <xsl:with-param name="title" select="c:t('monitor.chart.bars', c:t('monitor.result.categories'))"/>
          <xsl:with-param name="rows" select="$categories"/>
          <xsl:with-param name="prefix" select="'category.short.'"/>
        </xsl:call-template>
        <xsl:call-template name="score-table">
          <xsl:with-param name="rows" select="$categories"/>
          <xsl:with-param name="caption" select="c:t('monitor.result.table', c:t('monitor.result.categories'))"/>
          <xsl:with-param name="head" select="c:t('monitor.col.category')"/>
        </xsl:call-template>
      </section>

      <section class="cimolt-result" aria-labelledby="shares-title">
        <h2 id="shares-title"><xsl:value-of select="c:t('monitor.result.shares')"/></h2>
        <p><xsl:value-of select="c:t('monitor.result.shares-text', $target)"/></p>
        <xsl:call-template name="bars">
          <xsl:with-param name="id" select="'chart-shares'"/>
          <xsl:with-param name="title" select="c:t('monitor.chart.shares', c:t('monitor.result.shares'), $target)"/>
          <xsl:with-param name="rows" select="$shares"/>
          <xsl:with-param name="prefix" select="'category.short.'"/>
          <xsl:with-param name="target" select="$target"/>
          <xsl:with-param name="percent" select="true()"/>
        </xsl:call-template>
        <xsl:call-template name="share-table"/>
      </section>

      <p class="cimolt-result__csv"><a class="utrecht-link" href="/monitor/{$year}/antwoorden.csv"><xsl:value-of select="c:t('monitor.result.csv')"/></a></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The share of circular spend per category and overall, with the
     change against last year and whether the target is met. -->
<xsl:template name="share-table">
  <table class="cimolt-table cimolt-result__table">
    <caption><xsl:value-of select="c:t('monitor.result.table', c:t('monitor.result.shares'))"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="c:t('monitor.col.category')"/></th>
        <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.col.share')"/></th>
        <xsl:if test="$has-prev">
          <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.col.change-points', $prev-year)"/></th>
        </xsl:if>
        <th scope="col"><xsl:value-of select="c:t('monitor.col.target', $target)"/></th>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="$shares">
        <tr>
          <xsl:if test="@key = 'overall'"><xsl:attribute name="class">cimolt-table__total</xsl:attribute></xsl:if>
          <th scope="row"><xsl:value-of select="c:t(concat('category.', @key))"/></th>
          <td class="cimolt-table__number">
            <xsl:choose>
              <xsl:when test="@value"><xsl:value-of select="c:t('monitor.percent', c:decimal(@value))"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t('monitor.result.unknown')"/></xsl:otherwise>
            </xsl:choose>
          </td>
          <xsl:if test="$has-prev">
            <td class="cimolt-table__number"><xsl:call-template name="change-cell"/></td>
          </xsl:if>
          <td>
            <xsl:choose>
              <xsl:when test="not(@value)">–</xsl:when>
              <xsl:when test="number(@value) &gt;= $target"><xsl:value-of select="c:t('monitor.yes')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t('monitor.no')"/></xsl:otherwise>
            </xsl:choose>
          </td>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>

<!-- The print button: shown and wired by static/print.js (the page's
     only script, a file as the Content-Security-Policy wants); hidden
     without scripts, where the browser's own print does the same. -->
<xsl:template name="print-button">
  <p class="cimolt-no-print cimolt-print-button">
    <button type="button" class="utrecht-button utrecht-button--secondary-action" data-cimolt-print="" hidden="">
      <xsl:value-of select="c:t('monitor.print')"/>
    </button>
  </p>
</xsl:template>

<xsl:template match="page" mode="c:head">
  <script src="/static/print.js?v={/page/@version}" defer=""></script>
</xsl:template>

<!-- The main figures side by side: overall, per level, the share. -->
<xsl:template name="summary">
  <xsl:variable name="overall" select="$s[@scope = 'overall']"/>
  <xsl:variable name="share" select="$s[@scope = 'share' and @key = 'overall']"/>
  <h2 class="cimolt-visually-hidden"><xsl:value-of select="c:t('monitor.result.summary')"/></h2>
  <dl class="cimolt-scorecards">
    <xsl:apply-templates select="$overall" mode="scorecard"/>
    <xsl:apply-templates select="$s[@scope = 'level' and @key = 'strategisch']" mode="scorecard"/>
    <xsl:apply-templates select="$s[@scope = 'level' and @key = 'operationeel']" mode="scorecard"/>
    <div class="cimolt-scorecard">
      <dt><xsl:value-of select="c:t('monitor.result.share-label')"/></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="$share/@value">
            <span class="cimolt-scorecard__value"><xsl:value-of select="c:t('monitor.percent', c:decimal($share/@value))"/></span>
            <span class="cimolt-scorecard__sub">
              <xsl:choose>
                <xsl:when test="number($share/@value) &gt;= $target"><xsl:value-of select="c:t('monitor.result.target-met', $target)"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="c:t('monitor.result.target-missed', $target)"/></xsl:otherwise>
              </xsl:choose>
            </span>
          </xsl:when>
          <xsl:otherwise>
            <span class="cimolt-scorecard__value"><xsl:value-of select="c:t('monitor.result.unknown')"/></span>
            <span class="cimolt-scorecard__sub"><xsl:value-of select="c:t('monitor.result.share-unknown')"/></span>
          </xsl:otherwise>
        </xsl:choose>
      </dd>
    </div>
  </dl>
</xsl:template>

<!-- A score as a card: its name, value out of 100, and what it rests on. -->
<xsl:template match="score" mode="scorecard">
  <div class="cimolt-scorecard">
    <xsl:if test="@scope = 'overall'"><xsl:attribute name="class">cimolt-scorecard cimolt-scorecard--main</xsl:attribute></xsl:if>
    <dt>
      <xsl:choose>
        <xsl:when test="@scope = 'overall'"><xsl:value-of select="c:t('monitor.result.overall-label')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="c:t(concat('level.', @key))"/></xsl:otherwise>
      </xsl:choose>
    </dt>
    <dd>
      <xsl:choose>
        <xsl:when test="@value">
          <span class="cimolt-scorecard__value"><xsl:value-of select="c:decimal(@value)"/></span>
          <xsl:text> </xsl:text>
          <span class="cimolt-scorecard__unit"><xsl:value-of select="c:t('monitor.result.of-100')"/></span>
        </xsl:when>
        <xsl:otherwise><span class="cimolt-scorecard__value"><xsl:value-of select="c:t('monitor.result.unknown')"/></span></xsl:otherwise>
      </xsl:choose>
      <span class="cimolt-scorecard__sub"><xsl:value-of select="c:t('monitor.result.based-on', @answered, @total)"/></span>
    </dd>
  </div>
</xsl:template>

<!-- Horizontal bars, one per row: the label and the value on a line,
     the bar under them on a track of 0-100 (percent: 0-100%, with the
     target marked by a dashed line). A row without a value has an empty
     track and "unknown". The x positions are percentages of the chart's
     width, so the chart fills the page at any width and its texts keep
     their size. -->
<xsl:template name="bars">
  <xsl:param name="id"/>
  <xsl:param name="title"/>
  <xsl:param name="rows"/>
  <xsl:param name="prefix"/>
  <xsl:param name="target" select="-1"/>
  <xsl:param name="percent" select="false()"/>
  <xsl:variable name="h" select="46"/>
  <xsl:variable name="top">
    <xsl:choose>
      <xsl:when test="$target &gt;= 0">24</xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="height" select="$top + count($rows) * $h + 4"/>
  <svg xmlns="http://www.w3.org/2000/svg" id="{$id}" class="cimolt-chart cimolt-chart--bars" role="img"
      aria-labelledby="{$id}-title {$id}-desc" width="100%" height="{$height}">
    <title id="{$id}-title"><xsl:value-of select="$title"/></title>
    <desc id="{$id}-desc"><xsl:value-of select="c:t('monitor.chart.desc')"/></desc>
    <xsl:for-each select="$rows">
      <xsl:variable name="y" select="$top + (position() - 1) * $h"/>
      <g>
        <xsl:attribute name="class">
          <xsl:text>cimolt-chart__row</xsl:text>
          <xsl:if test="@key = 'overall'"> cimolt-chart__row--total</xsl:if>
          <xsl:if test="not(@value)"> cimolt-chart__row--unknown</xsl:if>
        </xsl:attribute>
        <text class="cimolt-chart__label" x="0" y="{$y + 17}"><xsl:value-of select="c:t(concat($prefix, @key))"/></text>
        <text class="cimolt-chart__value" x="100%" y="{$y + 17}" text-anchor="end">
          <xsl:choose>
            <xsl:when test="@value and $percent"><xsl:value-of select="c:t('monitor.percent', c:decimal(@value))"/></xsl:when>
            <xsl:when test="@value"><xsl:value-of select="c:decimal(@value)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="c:t('monitor.result.unknown')"/></xsl:otherwise>
          </xsl:choose>
        </text>
        <rect class="cimolt-chart__track" x="0" y="{$y + 24}" width="100%" height="16"/>
        <xsl:if test="@value and number(@value) &gt; 0">
          <rect class="cimolt-chart__bar" x="0" y="{$y + 24}" height="16">
            <xsl:attribute name="width">
              <xsl:value-of select="format-number(number(@value) * (number(@value) &lt;= 100) + 100 * (number(@value) &gt; 100), '0.#')"/>
              <xsl:text>%</xsl:text>
            </xsl:attribute>
          </rect>
        </xsl:if>
      </g>
    </xsl:for-each>
    <xsl:if test="$target &gt;= 0">
      <!-- The target: a dashed line across each bar, its value on top. -->
      <xsl:for-each select="$rows">
        <xsl:variable name="y" select="$top + (position() - 1) * $h"/>
        <line class="cimolt-chart__target" x1="{$target}%" y1="{$y + 21}" x2="{$target}%" y2="{$y + 43}"/>
      </xsl:for-each>
      <text class="cimolt-chart__target-label" x="{$target}%" dx="4" y="14"><xsl:value-of select="c:t('monitor.target', $target)"/></text>
    </xsl:if>
  </svg>
</xsl:template>

<!-- The points of a regular hexagon of radius r around (cx, cy), the
     first at the top, going clockwise (XSLT 1.0 has no trigonometry:
     sin 60 = 0.866, cos 60 = 0.5). -->
<xsl:template name="hexagon">
  <xsl:param name="cx"/>
  <xsl:param name="cy"/>
  <xsl:param name="r"/>
  <xsl:value-of select="concat(
      format-number($cx, '0.#'), ',', format-number($cy - $r, '0.#'), ' ',
      format-number($cx + 0.866 * $r, '0.#'), ',', format-number($cy - 0.5 * $r, '0.#'), ' ',
      format-number($cx + 0.866 * $r, '0.#'), ',', format-number($cy + 0.5 * $r, '0.#'), ' ',
      format-number($cx, '0.#'), ',', format-number($cy + $r, '0.#'), ' ',
      format-number($cx - 0.866 * $r, '0.#'), ',', format-number($cy + 0.5 * $r, '0.#'), ' ',
      format-number($cx - 0.866 * $r, '0.#'), ',', format-number($cy - 0.5 * $r, '0.#'))"/>
</xsl:template>

<!-- A radar of the six strategic themes: each axis 0-100 from the
     centre, rings at 25, 50, 75 and 100, the scores joined into a shape;
     each axis named with its theme and score. A theme without a score
     sits at the centre and reads "unknown". -->
<xsl:template name="radar">
  <xsl:variable name="cx" select="230"/>
  <xsl:variable name="cy" select="165"/>
  <xsl:variable name="R" select="105"/>
  <svg xmlns="http://www.w3.org/2000/svg" id="chart-radar" class="cimolt-chart cimolt-chart--radar" role="img"
      aria-labelledby="chart-radar-title chart-radar-desc" viewBox="0 0 460 330">
    <title id="chart-radar-title"><xsl:value-of select="c:t('monitor.chart.radar', c:t('monitor.result.themes'))"/></title>
    <desc id="chart-radar-desc"><xsl:value-of select="c:t('monitor.chart.desc')"/></desc>
    <polygon class="cimolt-chart__grid">
      <xsl:attribute name="points">
        <xsl:call-template name="hexagon">
          <xsl:with-param name="cx" select="$cx"/>
          <xsl:with-param name="cy" select="$cy"/>
          <xsl:with-param name="r" select="$R * 1 div 4"/>
        </xsl:call-template>
      </xsl:attribute>
    </polygon>
    <polygon class="cimolt-chart__grid">
      <xsl:attribute name="points">
        <xsl:call-template name="hexagon">
          <xsl:with-param name="cx" select="$cx"/>
          <xsl:with-param name="cy" select="$cy"/>
          <xsl:with-param name="r" select="$R * 2 div 4"/>
        </xsl:call-template>
      </xsl:attribute>
    </polygon>
    <polygon class="cimolt-chart__grid">
      <xsl:attribute name="points">
        <xsl:call-template name="hexagon">
          <xsl:with-param name="cx" select="$cx"/>
          <xsl:with-param name="cy" select="$cy"/>
          <xsl:with-param name="r" select="$R * 3 div 4"/>
        </xsl:call-template>
      </xsl:attribute>
    </polygon>
    <polygon class="cimolt-chart__grid">
      <xsl:attribute name="points">
        <xsl:call-template name="hexagon">
          <xsl:with-param name="cx" select="$cx"/>
          <xsl:with-param name="cy" select="$cy"/>
          <xsl:with-param name="r" select="$R * 4 div 4"/>
        </xsl:call-template>
      </xsl:attribute>
    </polygon>
    <path class="cimolt-chart__grid">
      <xsl:attribute name="d">
        <xsl:value-of select="concat('M', $cx, ',', $cy - $R, 'V', $cy + $R,
            'M', format-number($cx - 0.866 * $R, '0.#'), ',', format-number($cy - 0.5 * $R, '0.#'),
            'L', format-number($cx + 0.866 * $R, '0.#'), ',', format-number($cy + 0.5 * $R, '0.#'),
            'M', format-number($cx - 0.866 * $R, '0.#'), ',', format-number($cy + 0.5 * $R, '0.#'),
            'L', format-number($cx + 0.866 * $R, '0.#'), ',', format-number($cy - 0.5 * $R, '0.#'))"/>
      </xsl:attribute>
    </path>
    <text class="cimolt-chart__scale" x="{$cx + 4}" y="{$cy - $R div 2 + 4}">50</text>
    <text class="cimolt-chart__scale" x="{$cx + 4}" y="{$cy - $R + 12}">100</text>
    <xsl:variable name="points">
      <xsl:for-each select="$themes">
        <xsl:variable name="v" select="$R * number(concat('0', @value)) div 100"/>
        <xsl:call-template name="radar-point">
          <xsl:with-param name="i" select="position()"/>
          <xsl:with-param name="cx" select="$cx"/>
          <xsl:with-param name="cy" select="$cy"/>
          <xsl:with-param name="r" select="$v"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
      </xsl:for-each>
    </xsl:variable>
    <polygon class="cimolt-chart__area" points="{normalize-space($points)}"/>
    <xsl:for-each select="$themes">
      <xsl:variable name="p">
        <xsl:call-template name="radar-point">
          <xsl:with-param name="i" select="position()"/>
          <xsl:with-param name="cx" select="$cx"/>
          <xsl:with-param name="cy" select="$cy"/>
          <xsl:with-param name="r" select="$R * number(concat('0', @value)) div 100"/>
        </xsl:call-template>
      </xsl:variable>
      <circle class="cimolt-chart__point" cx="{substring-before($p, ',')}" cy="{substring-after($p, ',')}" r="4"/>
      <!-- The axis's name and score, outside the outer ring. -->
      <xsl:variable name="pos">
        <xsl:choose>
          <xsl:when test="position() = 1"><xsl:value-of select="concat($cx, ' ', $cy - $R - 30, ' middle')"/></xsl:when>
          <xsl:when test="position() = 2"><xsl:value-of select="concat($cx + 0.866 * $R + 10, ' ', $cy - 0.5 * $R - 14, ' start')"/></xsl:when>
          <xsl:when test="position() = 3"><xsl:value-of select="concat($cx + 0.866 * $R + 10, ' ', $cy + 0.5 * $R + 2, ' start')"/></xsl:when>
          <xsl:when test="position() = 4"><xsl:value-of select="concat($cx, ' ', $cy + $R + 20, ' middle')"/></xsl:when>
          <xsl:when test="position() = 5"><xsl:value-of select="concat($cx - 0.866 * $R - 10, ' ', $cy + 0.5 * $R + 2, ' end')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($cx - 0.866 * $R - 10, ' ', $cy - 0.5 * $R - 14, ' end')"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="x" select="substring-before($pos, ' ')"/>
      <xsl:variable name="y" select="substring-before(substring-after($pos, ' '), ' ')"/>
      <text class="cimolt-chart__label" x="{$x}" y="{$y}" text-anchor="{substring-after(substring-after($pos, ' '), ' ')}">
        <tspan x="{$x}"><xsl:value-of select="c:t(concat('theme.short.', @key))"/></tspan>
        <tspan class="cimolt-chart__value" x="{$x}" dy="17">
          <xsl:choose>
            <xsl:when test="@value"><xsl:value-of select="c:decimal(@value)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="c:t('monitor.result.unknown')"/></xsl:otherwise>
          </xsl:choose>
        </tspan>
      </text>
    </xsl:for-each>
  </svg>
</xsl:template>

<!-- "x,y" of the point at distance r on axis i (1-6, clockwise from the
     top). -->
<xsl:template name="radar-point">
  <xsl:param name="i"/>
  <xsl:param name="cx"/>
  <xsl:param name="cy"/>
  <xsl:param name="r"/>
  <xsl:variable name="sx">
    <xsl:choose>
      <xsl:when test="$i = 2 or $i = 3">0.866</xsl:when>
      <xsl:when test="$i = 5 or $i = 6">-0.866</xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="sy">
    <xsl:choose>
      <xsl:when test="$i = 1">-1</xsl:when>
      <xsl:when test="$i = 4">1</xsl:when>
      <xsl:when test="$i = 2 or $i = 6">-0.5</xsl:when>
      <xsl:otherwise>0.5</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:value-of select="concat(format-number($cx + $sx * $r, '0.#'), ',', format-number($cy + $sy * $r, '0.#'))"/>
</xsl:template>

<!-- The change of a score row against last year (context: <score>),
     "–" when there is none to give. -->
<xsl:template name="change-cell">
  <xsl:variable name="d" select="c:change(.)"/>
  <xsl:choose>
    <xsl:when test="$d != ''"><xsl:value-of select="$d"/></xsl:when>
    <xsl:otherwise>–</xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The scores of rows with how many questions they rest on. -->
<xsl:template name="score-table">
  <xsl:param name="rows"/>
  <xsl:param name="caption"/>
  <xsl:param name="head"/>
  <table class="cimolt-table cimolt-result__table">
    <caption><xsl:value-of select="$caption"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="$head"/></th>
        <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.col.score')"/></th>
        <xsl:if test="$has-prev">
          <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.col.change', $prev-year)"/></th>
        </xsl:if>
        <th scope="col"><xsl:value-of select="c:t('monitor.col.answered')"/></th>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="$rows">
        <tr>
          <th scope="row"><xsl:value-of select="c:t(concat(@scope, '.', @key))"/></th>
          <td class="cimolt-table__number">
            <xsl:choose>
              <xsl:when test="@value"><xsl:value-of select="c:decimal(@value)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t('monitor.result.unknown')"/></xsl:otherwise>
            </xsl:choose>
          </td>
          <xsl:if test="$has-prev">
            <td class="cimolt-table__number"><xsl:call-template name="change-cell"/></td>
          </xsl:if>
          <td><xsl:value-of select="c:t('monitor.result.based-on', @answered, @total)"/></td>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>

</xsl:stylesheet>
