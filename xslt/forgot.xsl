<?xml version="1.0" encoding="UTF-8"?>
<!--
  Forgot password (page name "forgot", GET/POST /wachtwoord-vergeten): the
  form forgot (email). After a POST the page carries
  <notice key="forgot.sent"/>, which says the same whether or not the
  address has an account.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('forgot.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-narrow">
    <h1><xsl:value-of select="c:t('forgot.title')"/></h1>
    <p><xsl:value-of select="c:t('forgot.lead')"/></p>
    <xsl:apply-templates select="form[@name = 'forgot']"/>
    <p class="cimolt-after-form">
      <a href="/inloggen"><xsl:value-of select="c:t('forgot.back')"/></a>
    </p>
  </div>
</xsl:template>

</xsl:stylesheet>
