<?xml version="1.0" encoding="UTF-8"?>
<!--
  The error page (page name "error"), for every status cimoltd or nginx
  renders: 400, 403, 404, 405, 413, 429, 500, 502, 503, 504. Each has a title
  and a text saying what the user can do (catalogue keys error.NNN.title
  and error.NNN.text); any other status gets error.other.*. An
  <error><why key arg/></error> replaces the text with the catalogue
  text of key (arg its one argument), such as the limit a 429 reached.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<!-- The statuses that have their own messages. -->
<xsl:variable name="known" select="' 400 403 404 405 413 429 500 502 503 504 '"/>

<!-- The status to explain: <error status>, else the page's status. -->
<xsl:variable name="status">
  <xsl:choose>
    <xsl:when test="/page/error/@status"><xsl:value-of select="/page/error/@status"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="/page/@status"/></xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="key">
  <xsl:choose>
    <xsl:when test="string-length($status) = 3 and contains($known, concat(' ', $status, ' '))">
      <xsl:value-of select="concat('error.', $status)"/>
    </xsl:when>
    <xsl:otherwise>error.other</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t(concat($key, '.title'))"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-error">
    <h1><xsl:value-of select="c:t(concat($key, '.title'))"/></h1>
    <xsl:choose>
      <!-- The daemon's own reason, such as the limit that was reached. -->
      <xsl:when test="error/why">
        <p class="cimolt-lead"><xsl:value-of select="c:t(error/why/@key, error/why/@arg)"/></p>
      </xsl:when>
      <xsl:otherwise>
        <p class="cimolt-lead"><xsl:value-of select="c:t(concat($key, '.text'))"/></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="normalize-space(error/allow)">
      <p><xsl:value-of select="c:t('error.405.allow', normalize-space(error/allow))"/></p>
    </xsl:if>
    <p><a href="/"><xsl:value-of select="c:t('error.home')"/></a></p>
    <xsl:if test="string-length($status) = 3">
      <p class="cimolt-error__code"><xsl:value-of select="c:t('error.code', $status)"/></p>
    </xsl:if>
  </div>
</xsl:template>

</xsl:stylesheet>
