<?xml version="1.0" encoding="UTF-8"?>
<!--
  Set a new password from a reset link (page name "reset", GET/POST
  /wachtwoord/{token}): whose account it is (<invitation name email
  organisation/>, optional) and the form reset (wachtwoord, herhaling); or, with
  <invalid-token/> (expired, used or unknown), a way to ask for a new link.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:choose>
    <xsl:when test="invalid-token"><xsl:value-of select="c:t('token.invalid.title')"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('reset.title')"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page[invalid-token]" mode="c:main">
  <div class="cimolt-narrow">
    <h1><xsl:value-of select="c:t('token.invalid.title')"/></h1>
    <p class="cimolt-lead"><xsl:value-of select="c:t('reset.invalid.text')"/></p>
    <p><a href="/wachtwoord-vergeten"><xsl:value-of select="c:t('reset.invalid.again')"/></a></p>
  </div>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-narrow">
    <h1><xsl:value-of select="c:t('reset.title')"/></h1>
    <xsl:choose>
      <xsl:when test="normalize-space(invitation/@email)">
        <p><xsl:value-of select="c:t('reset.lead.for', invitation/@email)"/></p>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="c:t('reset.lead')"/></p></xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="form[@name = 'reset']"/>
  </div>
</xsl:template>

</xsl:stylesheet>
