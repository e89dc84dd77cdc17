<?xml version="1.0" encoding="UTF-8"?>
<!--
  The monitor's rounds of the user's municipality (page name "monitor",
  GET /monitor): one per year with a questionnaire, its status (not
  started, draft, submitted) and progress per section.
  <rounds><round year status answered total><section id answered total>
  <q:title xml:lang/>...</section></round></rounds>
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
  <p><xsl:value-of select="c:t('monitor.lead', /page/user/@organisation)"/></p>
  <xsl:choose>
    <xsl:when test="rounds/round">
      <xsl:for-each select="rounds/round">
        <h2><a class="utrecht-link" href="/monitor/{@year}"><xsl:value-of select="c:t('monitor.round', @year)"/></a></h2>
        <p>
          <strong><xsl:value-of select="c:t(concat('monitor.status.', @status))"/></strong>
          <xsl:text> – </xsl:text>
          <xsl:value-of select="c:t('monitor.progress', @answered, @total)"/>
        </p>
        <xsl:call-template name="progress-table"/>
      </xsl:for-each>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('monitor.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
