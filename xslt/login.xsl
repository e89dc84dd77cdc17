<?xml version="1.0" encoding="UTF-8"?>
<!--
  Sign in (page name "login", GET/POST /inloggen): the form login (email,
  wachtwoord), links to "forgot password" and a word on how to get an
  account. The page to return to after signing in (?terug=/path) travels
  in the form's hidden field terug. The failure message never says whether
  the address has an account.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('login.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-narrow">
    <h1><xsl:value-of select="c:t('login.title')"/></h1>
    <p><xsl:value-of select="c:t('login.lead')"/></p>
    <xsl:apply-templates select="form[@name = 'login']"/>
    <p class="cimolt-after-form">
      <a href="/wachtwoord-vergeten"><xsl:value-of select="c:t('login.forgot')"/></a>
    </p>
    <p><xsl:value-of select="c:t('login.no-account')"/></p>
    <p><a class="utrecht-link" href="/contact"><xsl:value-of select="c:t('login.contact')"/></a></p>
  </div>
</xsl:template>

</xsl:stylesheet>
