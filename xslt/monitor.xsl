<?xml version="1.0" encoding="UTF-8"?>
<!--
  The monitor's rounds of the user's municipality (page name "monitor",
  GET /monitor): one per year with a questionnaire, newest first, with
  its status (not started, draft, submitted), its progress, and the
  progress per section (the newest year open, older years folded).
  <rounds><round year status answered total submitted?><section id level
  answered total><q:title xml:lang/>...</section></round></rounds>, and
  the newest year's <deadline> when the organisers set one.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:q="urn:cimolt:questionnaire"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c q">

<xsl:import href="monitor-common.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('monitor.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('monitor.title')"/></h1>
  <p class="cimolt-lead"><xsl:value-of select="c:t('monitor.lead', /page/user/@organisation)"/></p>
  <xsl:for-each select="deadline"><xsl:call-template name="deadline"/></xsl:for-each>
  <p><a class="utrecht-link" href="/help"><xsl:value-of select="c:t('monitor.help')"/></a></p>
  <xsl:choose>
    <xsl:when test="rounds/round">
      <xsl:for-each select="rounds/round">
        <section class="cimolt-round" aria-labelledby="round-{@year}">
          <h2 class="cimolt-round__title" id="round-{@year}"><xsl:value-of select="c:t('monitor.round', @year)"/></h2>
          <xsl:call-template name="round-summary"/>
          <p class="cimolt-actions">
            <xsl:choose>
              <xsl:when test="@status = 'submitted'">
                <a class="utrecht-button-link utrecht-button-link--primary-action" href="/monitor/{@year}/resultaat">
                  <xsl:value-of select="c:t('monitor.to-result')"/>
                  <span class="cimolt-visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="c:t('form.button-context', @year)"/></span>
                </a>
              </xsl:when>
              <xsl:otherwise>
                <xsl:variable name="next"><xsl:call-template name="next-section-id"/></xsl:variable>
                <a class="utrecht-button-link utrecht-button-link--primary-action" href="/monitor/{@year}/{$next}">
                  <xsl:value-of select="c:t(concat('monitor.open.', @status))"/>
                  <span class="cimolt-visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="c:t('form.button-context', @year)"/></span>
                </a>
              </xsl:otherwise>
            </xsl:choose>
            <a class="utrecht-link" href="/monitor/{@year}">
              <xsl:value-of select="c:t(concat('monitor.round-page.', @status))"/>
              <span class="cimolt-visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="c:t('form.button-context', @year)"/></span>
            </a>
          </p>
          <xsl:choose>
            <xsl:when test="position() = 1">
              <xsl:call-template name="progress-table"/>
            </xsl:when>
            <xsl:otherwise>
              <details class="cimolt-details">
                <summary><xsl:value-of select="c:t('monitor.sections', @year)"/></summary>
                <xsl:call-template name="progress-table"/>
              </details>
            </xsl:otherwise>
          </xsl:choose>
        </section>
      </xsl:for-each>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('monitor.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
