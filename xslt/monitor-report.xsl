<?xml version="1.0" encoding="UTF-8"?>
<!--
  The report for the council (page name "monitor-report", GET
  /monitor/{year}/rapport): the result of a submitted round laid out to
  be printed or saved as PDF on A4. The page document is the result
  page's (monitor-result.xsl) with
    <report date organisation/>  the day it is made, the municipality
    <advice><item .../>...</advice>  the advice that applies (as on
                                      /advies/{year}, strongest gap first)
  In order: the municipality, year, submission and report dates; a
  summary in words and the key figures against last year; the themes,
  the categories and the share of circular spend, each chart with its
  table; the advice. cimolt.css starts the themes, the categories and the
  advice on a new page and keeps every chart, table and heading with
  what follows it on one page. The print button (static/print.js) is
  shown only when scripts run; the browser's own print works without.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="monitor-result.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('monitor.report.title', round/@year)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="year" select="round/@year"/>
  <xsl:variable name="org">
    <xsl:choose>
      <xsl:when test="normalize-space(report/@organisation)"><xsl:value-of select="report/@organisation"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="user/@organisation"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <p class="cimolt-back cimolt-no-print"><a class="utrecht-link" href="/monitor/{$year}/resultaat"><xsl:value-of select="c:t('monitor.report.back', $year)"/></a></p>
  <div class="cimolt-report">
    <h1><xsl:value-of select="c:t('monitor.report.title', $year)"/></h1>
    <xsl:choose>
      <xsl:when test="round/@status != 'submitted'">
        <p><xsl:value-of select="c:t('monitor.result.not-submitted')"/></p>
        <p><a class="utrecht-link" href="/monitor/{$year}"><xsl:value-of select="c:t('monitor.round', $year)"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <dl class="cimolt-report__facts">
          <div>
            <dt><xsl:value-of select="c:t('monitor.report.municipality')"/></dt>
            <dd><xsl:value-of select="$org"/></dd>
          </div>
          <div>
            <dt><xsl:value-of select="c:t('monitor.report.year')"/></dt>
            <dd><xsl:value-of select="$year"/></dd>
          </div>
          <xsl:if test="normalize-space(round/@submitted)">
            <div>
              <dt><xsl:value-of select="c:t('monitor.report.submitted')"/></dt>
              <dd><xsl:value-of select="c:iso-date(substring(round/@submitted, 1, 10))"/></dd>
            </div>
          </xsl:if>
          <div>
            <dt><xsl:value-of select="c:t('monitor.report.made')"/></dt>
            <dd><xsl:value-of select="c:iso-date(report/@date)"/></dd>
          </div>
        </dl>
        <xsl:call-template name="print-button"/>

        <section class="cimolt-report__part" aria-labelledby="summary-title">
          <h2 id="summary-title"><xsl:value-of select="c:t('monitor.result.summary')"/></h2>
          <xsl:call-template name="summary-text">
            <xsl:with-param name="org" select="$org"/>
          </xsl:call-template>
          <xsl:call-template name="key-figures"/>
          <p class="cimolt-small"><xsl:value-of select="c:t('monitor.result.explain')"/></p>
          <p class="cimolt-small">
            <xsl:value-of select="c:t('monitor.progress', round/@answered, round/@total)"/>
            <xsl:text>. </xsl:text>
            <xsl:value-of select="c:t('monitor.answered-definition')"/>
          </p>
        </section>

        <section class="cimolt-report__part cimolt-report__part--new-page" aria-labelledby="themes-title">
          <h2 id="themes-title"><xsl:value-of select="c:t('monitor.result.themes')"/></h2>
          <xsl:call-template name="bars">
            <xsl:with-param name="id" select="'chart-themes'"/>
            <xsl:with-param name="title" select="c:t('monitor.chart.bars', c:t('monitor.result.themes'))"/>
            <xsl:with-param name="rows" select="$themes"/>
            <xsl:with-param name="prefix" select="'theme.short.'"/>
          </xsl:call-template>
          <xsl:if test="count($themes) = 6">
            <xsl:call-template name="radar"/>
          </xsl:if>
          <xsl:call-template name="score-table">
            <xsl:with-param name="rows" select="$themes"/>
            <xsl:with-param name="caption" select="c:t('monitor.result.table', c:t('monitor.result.themes'))"/>
            <xsl:with-param name="head" select="c:t('monitor.col.theme')"/>
          </xsl:call-template>
        </section>

        <section class="cimolt-report__part cimolt-report__part--new-page" aria-labelledby="categories-title">
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

        <section class="cimolt-report__part" aria-labelledby="shares-title">
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

        <section class="cimolt-report__part cimolt-report__part--new-page" aria-labelledby="advice-title">
          <h2 id="advice-title"><xsl:value-of select="c:t('monitor.report.advice')"/></h2>
          <xsl:choose>
            <xsl:when test="advice/item">
              <p><xsl:value-of select="c:t('monitor.report.advice-lead', $org)"/></p>
              <ol class="cimolt-advice cimolt-report__advice">
                <xsl:apply-templates select="advice/item" mode="c:advice">
                  <xsl:with-param name="h" select="3"/>
                </xsl:apply-templates>
              </ol>
            </xsl:when>
            <xsl:otherwise><p><xsl:value-of select="c:t('monitor.report.advice-none')"/></p></xsl:otherwise>
          </xsl:choose>
        </section>
        <p class="cimolt-small cimolt-report__source"><xsl:value-of select="c:t('monitor.report.source', c:iso-date(report/@date))"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

<!-- The summary in words: the overall score, the change against last
     year (or that there is no round to compare with), the share of
     circular spend against the target. -->
<xsl:template name="summary-text">
  <xsl:param name="org"/>
  <xsl:variable name="overall" select="$s[@scope = 'overall']"/>
  <xsl:variable name="share" select="$s[@scope = 'share' and @key = 'overall']"/>
  <p class="cimolt-lead">
    <xsl:choose>
      <xsl:when test="$overall/@value"><xsl:value-of select="c:t('monitor.report.summary-score', $org, /page/round/@year, c:decimal($overall/@value))"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="c:t('monitor.report.summary-no-score', $org, /page/round/@year)"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="not($has-prev)"><xsl:value-of select="c:t('monitor.report.no-previous', /page/round/@year - 1)"/></xsl:when>
      <xsl:when test="c:change($overall) != ''"><xsl:value-of select="c:t('monitor.report.summary-change', $prev-year, c:change($overall))"/></xsl:when>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="$share/@value and number($share/@value) &gt;= $target"><xsl:value-of select="c:t('monitor.report.summary-share-met', c:decimal($share/@value), $target)"/></xsl:when>
      <xsl:when test="$share/@value"><xsl:value-of select="c:t('monitor.report.summary-share-missed', c:decimal($share/@value), $target)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="c:t('monitor.result.share-unknown')"/></xsl:otherwise>
    </xsl:choose>
  </p>
</xsl:template>

<!-- The key figures, this year's and (when there is a round to compare
     with) last year's and the change: overall, per level, the share. -->
<xsl:template name="key-figures">
  <table class="cimolt-table cimolt-result__table cimolt-report__key">
    <caption><xsl:value-of select="c:t('monitor.report.key-figures')"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="c:t('monitor.report.col.figure')"/></th>
        <th scope="col" class="cimolt-table__number"><xsl:value-of select="/page/round/@year"/></th>
        <xsl:if test="$has-prev">
          <th scope="col" class="cimolt-table__number"><xsl:value-of select="$prev-year"/></th>
          <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('monitor.col.change', $prev-year)"/></th>
        </xsl:if>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="$s[@scope = 'overall'] | $s[@scope = 'level' and @key = 'strategisch'] | $s[@scope = 'level' and @key = 'operationeel'] | $s[@scope = 'share' and @key = 'overall']">
        <xsl:sort select="number(@scope = 'level') + 2 * number(@key = 'operationeel') + 4 * number(@scope = 'share')" data-type="number"/>
        <xsl:variable name="row" select="."/>
        <xsl:variable name="p" select="$prev[@scope = $row/@scope and @key = $row/@key]"/>
        <tr>
          <th scope="row">
            <xsl:choose>
              <xsl:when test="@scope = 'overall'"><xsl:value-of select="c:t('monitor.result.overall-label')"/></xsl:when>
              <xsl:when test="@scope = 'share'"><xsl:value-of select="c:t('monitor.result.share-label')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t(concat('level.', @key))"/></xsl:otherwise>
            </xsl:choose>
          </th>
          <td class="cimolt-table__number"><xsl:call-template name="figure"><xsl:with-param name="v" select="@value"/></xsl:call-template></td>
          <xsl:if test="$has-prev">
            <td class="cimolt-table__number"><xsl:call-template name="figure"><xsl:with-param name="v" select="$p/@value"/></xsl:call-template></td>
            <td class="cimolt-table__number"><xsl:call-template name="change-cell"/></td>
          </xsl:if>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>

<!-- A score or (context a share row) a percentage; "unknown" without. -->
<xsl:template name="figure">
  <xsl:param name="v"/>
  <xsl:choose>
    <xsl:when test="not($v)"><xsl:value-of select="c:t('monitor.result.unknown')"/></xsl:when>
    <xsl:when test="@scope = 'share'"><xsl:value-of select="c:t('monitor.percent', c:decimal($v))"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:decimal($v)"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
