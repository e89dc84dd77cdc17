<?xml version="1.0" encoding="UTF-8"?>
<!--
  Accept an invitation (page name "invitation", GET/POST
  /uitnodiging/{token}): whom the invitation is for
  (<invitation name email organisation/>) and the form invitation
  (wachtwoord, herhaling); or, with <invalid-token/> (expired, used or
  unknown; status 404), what to do instead.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:choose>
    <xsl:when test="invalid-token"><xsl:value-of select="c:t('token.invalid.title')"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('invitation.title')"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page[invalid-token]" mode="c:main">
  <div class="cimolt-narrow">
    <h1><xsl:value-of select="c:t('token.invalid.title')"/></h1>
    <p class="cimolt-lead"><xsl:value-of select="c:t('invitation.invalid.text')"/></p>
    <p><xsl:value-of select="c:t('invitation.invalid.what')"/></p>
    <p><a href="/inloggen"><xsl:value-of select="c:t('token.sign-in')"/></a></p>
  </div>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-narrow">
    <h1><xsl:value-of select="c:t('invitation.title')"/></h1>
    <xsl:for-each select="invitation">
      <p class="cimolt-lead"><xsl:value-of select="c:t('invitation.welcome', @name)"/></p>
      <p><xsl:value-of select="c:t('invitation.lead', @organisation, @email)"/></p>
    </xsl:for-each>
    <xsl:apply-templates select="form[@name = 'invitation']"/>
  </div>
</xsl:template>

</xsl:stylesheet>
