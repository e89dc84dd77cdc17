<?xml version="1.0" encoding="UTF-8"?>
<!--
  One year's round (page name "monitor-round", GET /monitor/{year}): its
  status and progress, the sections with their progress, the way on
  (the first section not complete; submitting, for the coordinator
  <may-submit/>), last year's answers to start from, and once submitted
  the result; the year's <deadline> when the organisers set one. Before
  the year's opening day (<not-open opens/>) it says from which day the
  round can be filled in and offers no way on (status 403 when a section,
  submitting or copying was asked for).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:q="urn:cimolt:questionnaire"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c q">

<xsl:import href="monitor-common.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('monitor.round', round/@year)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-back"><a class="utrecht-link" href="/monitor"><xsl:value-of select="c:t('monitor.back')"/></a></p>
  <xsl:for-each select="round">
    <h1><xsl:value-of select="c:t('monitor.round', @year)"/></h1>
    <xsl:for-each select="../not-open">
      <div class="utrecht-alert utrecht-alert--warning cimolt-alert cimolt-not-open" role="status">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            <p><xsl:value-of select="c:t('monitor.not-open', ../round/@year, c:iso-date(@opens))"/></p>
          </div>
        </div>
      </div>
    </xsl:for-each>
    <xsl:for-each select="../deadline[not(../not-open)]"><xsl:call-template name="deadline"/></xsl:for-each>
    <xsl:call-template name="round-summary"/>
    <xsl:choose>
      <xsl:when test="../not-open"/>
      <xsl:when test="@status = 'submitted'">
        <p><xsl:value-of select="c:t('monitor.round.submitted')"/></p>
        <p class="cimolt-actions">
          <a class="utrecht-button-link utrecht-button-link--primary-action" href="/monitor/{@year}/resultaat"><xsl:value-of select="c:t('monitor.to-result')"/></a>
          <a class="utrecht-link" href="/monitor/{@year}/antwoorden.csv"><xsl:value-of select="c:t('monitor.csv')"/></a>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="next"><xsl:call-template name="next-section-id"/></xsl:variable>
        <p class="cimolt-actions">
          <a class="utrecht-button-link utrecht-button-link--primary-action" href="/monitor/{@year}/{$next}"><xsl:value-of select="c:t(concat('monitor.open.', @status))"/></a>
          <a class="utrecht-link" href="/monitor/{@year}/indienen">
            <xsl:choose>
              <xsl:when test="/page/may-submit"><xsl:value-of select="c:t('monitor.to-submit')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t('monitor.to-unanswered')"/></xsl:otherwise>
            </xsl:choose>
          </a>
          <xsl:if test="@status = 'draft'">
            <a class="utrecht-link" href="/monitor/{@year}/antwoorden.csv"><xsl:value-of select="c:t('monitor.csv')"/></a>
          </xsl:if>
        </p>
      </xsl:otherwise>
    </xsl:choose>

    <h2><xsl:value-of select="c:t('monitor.index')"/></h2>
    <xsl:call-template name="progress-table"/>

    <xsl:if test="@status != 'submitted' and not(../not-open)">
      <section class="cimolt-section cimolt-prefill" aria-labelledby="prefill-title">
        <h2 id="prefill-title"><xsl:value-of select="c:t('monitor.prefill.title')"/></h2>
        <p><xsl:value-of select="c:t('monitor.prefill.text', @year - 1)"/></p>
        <xsl:call-template name="c:post-button">
          <xsl:with-param name="action" select="concat('/monitor/', @year, '/vorig-jaar')"/>
          <xsl:with-param name="label" select="c:t('monitor.prefill.button', @year - 1)"/>
        </xsl:call-template>
      </section>
    </xsl:if>
  </xsl:for-each>
</xsl:template>

</xsl:stylesheet>
