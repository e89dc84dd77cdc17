<?xml version="1.0" encoding="UTF-8"?>
<!--
  Submitting a round (page name "monitor-submit", GET/POST
  /monitor/{year}/indienen): the questions still without an answer, each
  linked to its section, and for the coordinator the button that submits
  (<form name="submit">); submission locks the round and computes the
  scores.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:q="urn:cimolt:questionnaire"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c q">

<xsl:import href="monitor-common.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('monitor.submit.title', round/@year)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="year" select="round/@year"/>
  <p><a class="utrecht-link" href="/monitor/{$year}"><xsl:value-of select="c:t('monitor.back-round', $year)"/></a></p>
  <h1><xsl:value-of select="c:t('monitor.submit.title', $year)"/></h1>
  <p><xsl:value-of select="c:t('monitor.progress', round/@answered, round/@total)"/></p>
  <xsl:choose>
    <xsl:when test="unanswered">
      <h2><xsl:value-of select="c:t('monitor.submit.unanswered', count(unanswered))"/></h2>
      <ul>
        <xsl:for-each select="unanswered">
          <li>
            <a class="utrecht-link" href="/monitor/{$year}/{@section}#q-{@question}-block">
              <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:text"/></xsl:call-template>
            </a>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('monitor.submit.complete')"/></p>
    </xsl:otherwise>
  </xsl:choose>
  <xsl:choose>
    <xsl:when test="round/@status = 'submitted'">
      <p><xsl:value-of select="c:t('monitor.status.submitted')"/>: <a class="utrecht-link" href="/monitor/{$year}/resultaat"><xsl:value-of select="c:t('monitor.to-result')"/></a></p>
    </xsl:when>
    <xsl:when test="form[@name = 'submit']">
      <p><xsl:value-of select="c:t('monitor.submit.text')"/></p>
      <xsl:apply-templates select="form[@name = 'submit']"/>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('monitor.submit.coordinator-only')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
