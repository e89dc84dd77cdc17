<?xml version="1.0" encoding="UTF-8"?>
<!--
  One year's round (page name "monitor-round", GET /monitor/{year}): its
  status, the sections with their progress, last year's answers to start
  from, and the way to submission.
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
  <p><a class="utrecht-link" href="/monitor"><xsl:value-of select="c:t('monitor.back')"/></a></p>
  <xsl:for-each select="round">
    <h1><xsl:value-of select="c:t('monitor.round', @year)"/></h1>
    <p>
      <strong><xsl:value-of select="c:t(concat('monitor.status.', @status))"/></strong>
      <xsl:text> – </xsl:text>
      <xsl:value-of select="c:t('monitor.progress', @answered, @total)"/>
    </p>
    <xsl:call-template name="progress-table"/>
    <xsl:choose>
      <xsl:when test="@status = 'submitted'">
        <p><a class="utrecht-link" href="/monitor/{@year}/resultaat"><xsl:value-of select="c:t('monitor.to-result')"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <p class="cimolt-actions">
          <a class="utrecht-button-link utrecht-button-link--primary-action" href="/monitor/{@year}/{section[1]/@id}"><xsl:value-of select="c:t('monitor.start')"/></a>
          <xsl:text> </xsl:text>
          <a class="utrecht-link" href="/monitor/{@year}/indienen"><xsl:value-of select="c:t('monitor.to-submit')"/></a>
        </p>
        <h2><xsl:value-of select="c:t('monitor.prefill.title')"/></h2>
        <p><xsl:value-of select="c:t('monitor.prefill.text')"/></p>
        <xsl:call-template name="c:post-button">
          <xsl:with-param name="action" select="concat('/monitor/', @year, '/vorig-jaar')"/>
          <xsl:with-param name="label" select="c:t('monitor.prefill.button')"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:for-each>
</xsl:template>

</xsl:stylesheet>
