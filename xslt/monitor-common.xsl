<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the monitor's pages share: the section titles in the page's
  language, the progress table of a round, and the section navigation.
  Imported by monitor*.xsl (it imports layout.xsl itself).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:q="urn:cimolt:questionnaire"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c q">

<xsl:import href="layout.xsl"/>

<!-- The text of a questionnaire element (q:title, q:text, q:help,
     q:label, q:descriptor) in the page's language, else in Dutch. -->
<xsl:template name="q-text">
  <xsl:param name="nodes"/>
  <xsl:choose>
    <xsl:when test="$nodes[lang($c:lang)]"><xsl:value-of select="$nodes[lang($c:lang)][1]"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="$nodes[1]"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The sections of a round (context: <round>) with their progress. -->
<xsl:template name="progress-table">
  <xsl:variable name="year" select="@year"/>
  <table class="cimolt-table">
    <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('monitor.sections', @year)"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="c:t('monitor.col.section')"/></th>
        <th scope="col"><xsl:value-of select="c:t('monitor.col.level')"/></th>
        <th scope="col"><xsl:value-of select="c:t('monitor.col.progress')"/></th>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="section">
        <tr>
          <th scope="row">
            <a class="utrecht-link" href="/monitor/{$year}/{@id}">
              <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:title"/></xsl:call-template>
            </a>
          </th>
          <td><xsl:value-of select="c:t(concat('monitor.level.', @level))"/></td>
          <td><xsl:value-of select="c:t('monitor.progress', @answered, @total)"/></td>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>

</xsl:stylesheet>
