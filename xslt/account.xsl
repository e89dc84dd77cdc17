<?xml version="1.0" encoding="UTF-8"?>
<!--
  The account page (page name "account", GET/POST /account): the signed-in
  user's details (<account name email organisation role lang/>), the form
  account (name, language) and the form password (huidig, nieuw,
  herhaling; posted to /account/wachtwoord).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('account.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-narrow">
    <h1><xsl:value-of select="c:t('account.title')"/></h1>
    <xsl:for-each select="account">
      <dl class="cimolt-facts cimolt-facts--plain">
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('account.name')"/></dt>
          <dd><xsl:value-of select="@name"/></dd>
        </div>
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('account.email')"/></dt>
          <dd><xsl:value-of select="@email"/></dd>
        </div>
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('account.organisation')"/></dt>
          <dd><xsl:value-of select="@organisation"/></dd>
        </div>
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('account.role')"/></dt>
          <dd><xsl:value-of select="c:t(concat('role.', @role))"/></dd>
        </div>
      </dl>
      <p class="cimolt-note"><xsl:value-of select="c:t('account.email-note')"/></p>
    </xsl:for-each>
    <xsl:if test="form[@name = 'account']">
      <h2><xsl:value-of select="c:t('account.settings')"/></h2>
      <xsl:apply-templates select="form[@name = 'account']">
        <xsl:with-param name="level" select="3"/>
      </xsl:apply-templates>
    </xsl:if>
    <xsl:if test="form[@name = 'password']">
      <h2><xsl:value-of select="c:t('account.password')"/></h2>
      <xsl:apply-templates select="form[@name = 'password']">
        <xsl:with-param name="level" select="3"/>
      </xsl:apply-templates>
    </xsl:if>
    <xsl:if test="form[@name = 'contact-withdraw']">
      <h2><xsl:value-of select="c:t('account.contact')"/></h2>
      <p><xsl:value-of select="c:t('account.contact.lead')"/></p>
      <xsl:call-template name="c:post-button">
        <xsl:with-param name="action" select="form[@name = 'contact-withdraw']/@action"/>
        <xsl:with-param name="label" select="c:t('account.contact.withdraw')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="/page/user/@id">
      <h2><xsl:value-of select="c:t('account.data')"/></h2>
      <p>
        <xsl:value-of select="c:t('account.data.lead')"/>
        <xsl:text> </xsl:text>
        <a class="utrecht-link" href="/privacy"><xsl:value-of select="c:t('register.privacy.link')"/></a>
        <xsl:text>.</xsl:text>
      </p>
      <p>
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="/account/gegevens" download="mijn-gegevens.json">
          <xsl:value-of select="c:t('account.data.download')"/>
        </a>
      </p>
      <h3><xsl:value-of select="c:t('account.erasure')"/></h3>
      <p><xsl:value-of select="c:t('account.erasure.lead')"/></p>
      <xsl:call-template name="c:post-button">
        <xsl:with-param name="action" select="'/account/verwijderen'"/>
        <xsl:with-param name="label" select="c:t('account.erasure.request')"/>
      </xsl:call-template>
    </xsl:if>
  </div>
</xsl:template>

</xsl:stylesheet>
