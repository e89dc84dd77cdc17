<?xml version="1.0" encoding="UTF-8"?>
<!--
  The registration form (page name "register", GET/POST
  /programma/{id}/aanmelden): the event in brief, then the form register
  (organisatie, naam, email, functie; wachtlijst when the municipality has
  reached its limit). No account is needed.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="home.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('register.title', event/title)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-narrow">
    <h1><xsl:value-of select="c:t('register.heading')"/></h1>
    <xsl:for-each select="event">
      <h2><a class="utrecht-link" href="/programma/{@id}"><xsl:for-each select="title"><xsl:call-template name="c:data-lang"/><xsl:value-of select="."/></xsl:for-each></a></h2>
      <xsl:call-template name="registration-state"/>
      <xsl:call-template name="event-facts"/>
    </xsl:for-each>
    <p><xsl:value-of select="c:t('register.intro')"/></p>
    <xsl:apply-templates select="form[@name = 'register']"/>
  </div>
</xsl:template>

</xsl:stylesheet>
