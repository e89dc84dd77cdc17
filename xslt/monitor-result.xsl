<?xml version="1.0" encoding="UTF-8"?>
<!--
  A round's result (page name "monitor-result", GET
  /monitor/{year}/resultaat): the scores computed at submission,
  <scores><score scope key value answered total/></scores> (no value: not
  enough answered to score), as SVG charts drawn here (bars per theme, a
  radar of the strategic themes, bars per category, the share of circular
  spend against the target) and, for screen readers and print, the same
  numbers in tables.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:q="urn:cimolt:questionnaire"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c q">

<xsl:import href="monitor-common.xsl"/>

<xsl:variable name="s" select="/page/scores/score"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('monitor.result.title', round/@year)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="year" select="round/@year"/>
  <p><a class="utrecht-link" href="/monitor/{$year}"><xsl:value-of select="c:t('monitor.back-round', $year)"/></a></p>
  <h1><xsl:value-of select="c:t('monitor.result.title', $year)"/></h1>
  <xsl:choose>
    <xsl:when test="round/@status != 'submitted'">
      <p><xsl:value-of select="c:t('monitor.result.not-submitted')"/></p>
    </xsl:when>
    <xsl:otherwise>
      <xsl:variable name="overall" select="$s[@scope = 'overall']"/>
      <p class="cimolt-score-overall">
        <xsl:choose>
          <xsl:when test="$overall/@value">
            <xsl:value-of select="c:t('monitor.result.overall', $overall/@value, $overall/@answered, $overall/@total)"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="c:t('monitor.result.no-score')"/></xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:variable name="share" select="$s[@scope = 'share' and @key = 'overall']"/>
      <p>
        <xsl:choose>
          <xsl:when test="$share/@value and number($share/@value) &gt;= number(/page/target)">
            <xsl:value-of select="c:t('monitor.result.share-met', $share/@value, /page/target)"/>
          </xsl:when>
          <xsl:when test="$share/@value">
            <xsl:value-of select="c:t('monitor.result.share-missed', $share/@value, /page/target)"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="c:t('monitor.result.share-unknown')"/></xsl:otherwise>
        </xsl:choose>
      </p>

      <h2 id="themes-title"><xsl:value-of select="c:t('monitor.result.themes')"/></h2>
      <xsl:call-template name="bars">
        <xsl:with-param name="rows" select="$s[@scope = 'theme']"/>
        <xsl:with-param name="prefix" select="'theme.'"/>
        <xsl:with-param name="labelledby" select="'themes-title'"/>
      </xsl:call-template>
      <xsl:call-template name="radar"/>
      <xsl:call-template name="table">
        <xsl:with-param name="rows" select="$s[@scope = 'level'] | $s[@scope = 'theme']"/>
        <xsl:with-param name="caption" select="c:t('monitor.result.themes')"/>
      </xsl:call-template>

      <h2 id="categories-title"><xsl:value-of select="c:t('monitor.result.categories')"/></h2>
      <xsl:call-template name="bars">
        <xsl:with-param name="rows" select="$s[@scope = 'category']"/>
        <xsl:with-param name="prefix" select="'category.'"/>
        <xsl:with-param name="labelledby" select="'categories-title'"/>
      </xsl:call-template>
      <xsl:call-template name="table">
        <xsl:with-param name="rows" select="$s[@scope = 'category']"/>
        <xsl:with-param name="caption" select="c:t('monitor.result.categories')"/>
      </xsl:call-template>

      <h2 id="share-title"><xsl:value-of select="c:t('monitor.result.shares')"/></h2>
      <xsl:call-template name="bars">
        <xsl:with-param name="rows" select="$s[@scope = 'share' and @key != 'overall']"/>
        <xsl:with-param name="prefix" select="'category.'"/>
        <xsl:with-param name="labelledby" select="'share-title'"/>
        <xsl:with-param name="target" select="number(/page/target)"/>
        <xsl:with-param name="percent" select="true()"/>
      </xsl:call-template>
      <table class="cimolt-table">
        <caption><xsl:value-of select="c:t('monitor.result.shares')"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="c:t('monitor.col.category')"/></th>
            <th scope="col"><xsl:value-of select="c:t('monitor.col.share')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$s[@scope = 'share']">
            <tr>
              <th scope="row"><xsl:value-of select="c:t(concat('category.', @key))"/></th>
              <td>
                <xsl:choose>
                  <xsl:when test="@value"><xsl:value-of select="c:t('monitor.percent', @value)"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="c:t('monitor.result.unknown')"/></xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <p><a class="utrecht-link" href="/monitor/{$year}/antwoorden.csv"><xsl:value-of select="c:t('monitor.result.csv')"/></a></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- Horizontal bars 0-100 (percent: 0-100%, with the target marked), one
     per row; rows without a value get an empty track and "no score". -->
<xsl:template name="bars">
  <xsl:param name="rows"/>
  <xsl:param name="prefix"/>
  <xsl:param name="labelledby"/>
  <xsl:param name="target" select="-1"/>
  <xsl:param name="percent" select="false()"/>
  <xsl:variable name="h" select="28"/>
  <svg class="cimolt-chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{$labelledby}"
      viewBox="0 0 560 {count($rows) * $h + 20}" width="560" height="{count($rows) * $h + 20}">
    <xsl:for-each select="$rows">
      <xsl:variable name="y" select="(position() - 1) * $h + 4"/>
      <text class="cimolt-chart__label" x="0" y="{$y + 16}"><xsl:value-of select="c:t(concat($prefix, @key))"/></text>
      <rect class="cimolt-chart__track" x="220" y="{$y + 2}" width="300" height="18"/>
      <xsl:if test="@value">
        <rect class="cimolt-chart__bar" x="220" y="{$y + 2}" width="{format-number(3 * @value, '0.#')}" height="18"/>
      </xsl:if>
      <text class="cimolt-chart__value" x="526" y="{$y + 16}">
        <xsl:choose>
          <xsl:when test="@value and $percent"><xsl:value-of select="c:t('monitor.percent', @value)"/></xsl:when>
          <xsl:when test="@value"><xsl:value-of select="@value"/></xsl:when>
          <xsl:otherwise>–</xsl:otherwise>
        </xsl:choose>
      </text>
    </xsl:for-each>
    <xsl:if test="$target &gt;= 0">
      <line class="cimolt-chart__target" x1="{220 + 3 * $target}" y1="0" x2="{220 + 3 * $target}" y2="{count($rows) * $h + 8}"/>
      <text class="cimolt-chart__label" x="{224 + 3 * $target}" y="{count($rows) * $h + 18}"><xsl:value-of select="c:t('monitor.target', $target)"/></text>
    </xsl:if>
  </svg>
</xsl:template>

<!-- A radar of the six strategic themes: each axis 0-100 from the
     centre, at 60 degrees from the next (cosines written out: XSLT 1.0
     has no trigonometry). -->
<xsl:template name="radar">
  <xsl:variable name="t" select="$s[@scope = 'theme']"/>
  <xsl:variable name="cx" select="160"/>
  <xsl:variable name="cy" select="150"/>
  <xsl:variable name="r" select="1.1"/>
  <svg class="cimolt-chart cimolt-chart--radar" xmlns="http://www.w3.org/2000/svg" role="img"
      aria-labelledby="themes-title" viewBox="0 0 320 300" width="320" height="300">
    <polygon class="cimolt-chart__grid" points="160,40 255.3,95 255.3,205 160,260 64.7,205 64.7,95"/>
    <polygon class="cimolt-chart__grid" points="160,95 207.6,122.5 207.6,177.5 160,205 112.4,177.5 112.4,122.5"/>
    <xsl:variable name="points">
      <xsl:for-each select="$t">
        <xsl:variable name="v">
          <xsl:choose>
            <xsl:when test="@value"><xsl:value-of select="@value * $r"/></xsl:when>
            <xsl:otherwise>0</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="vec">
          <xsl:choose>
            <xsl:when test="position() = 1">0 -1</xsl:when>
            <xsl:when test="position() = 2">0.866 -0.5</xsl:when>
            <xsl:when test="position() = 3">0.866 0.5</xsl:when>
            <xsl:when test="position() = 4">0 1</xsl:when>
            <xsl:when test="position() = 5">-0.866 0.5</xsl:when>
            <xsl:otherwise>-0.866 -0.5</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:value-of select="format-number($cx + $v * substring-before($vec, ' '), '0.#')"/>
        <xsl:text>,</xsl:text>
        <xsl:value-of select="format-number($cy + $v * substring-after($vec, ' '), '0.#')"/>
        <xsl:text> </xsl:text>
      </xsl:for-each>
    </xsl:variable>
    <polygon class="cimolt-chart__area" points="{normalize-space($points)}"/>
    <xsl:for-each select="$t">
      <xsl:variable name="pos">
        <xsl:choose>
          <xsl:when test="position() = 1">160 30 middle</xsl:when>
          <xsl:when test="position() = 2">262 90 start</xsl:when>
          <xsl:when test="position() = 3">262 215 start</xsl:when>
          <xsl:when test="position() = 4">160 280 middle</xsl:when>
          <xsl:when test="position() = 5">58 215 end</xsl:when>
          <xsl:otherwise>58 90 end</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <text class="cimolt-chart__label" x="{substring-before($pos, ' ')}"
          y="{substring-before(substring-after($pos, ' '), ' ')}"
          text-anchor="{substring-after(substring-after($pos, ' '), ' ')}">
        <xsl:value-of select="c:t(concat('theme.short.', @key))"/>
      </text>
    </xsl:for-each>
  </svg>
</xsl:template>

<!-- The scores of rows with how many questions they rest on. -->
<xsl:template name="table">
  <xsl:param name="rows"/>
  <xsl:param name="caption"/>
  <table class="cimolt-table">
    <caption><xsl:value-of select="$caption"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="c:t('monitor.col.part')"/></th>
        <th scope="col"><xsl:value-of select="c:t('monitor.col.score')"/></th>
        <th scope="col"><xsl:value-of select="c:t('monitor.col.answered')"/></th>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="$rows">
        <tr>
          <th scope="row"><xsl:value-of select="c:t(concat(@scope, '.', @key))"/></th>
          <td>
            <xsl:choose>
              <xsl:when test="@value"><xsl:value-of select="@value"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t('monitor.result.unknown')"/></xsl:otherwise>
            </xsl:choose>
          </td>
          <td><xsl:value-of select="c:t('monitor.progress', @answered, @total)"/></td>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>

</xsl:stylesheet>
