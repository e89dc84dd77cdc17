<?xml version="1.0" encoding="UTF-8"?>
<!--
  Outgoing mail (document <mail name="mail" lang="nl|en" type="...">): the
  subject on the first line, a blank line, then the text. The courier sends
  it as text/plain and the webhook receives both in its "mail" part. One
  template per message type; every sentence comes from the catalogues
  (keys mail.TYPE.*), one key per paragraph, because c:t folds white space.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:output method="text" encoding="UTF-8"/>

<xsl:variable name="nl" select="'&#10;'"/>

<!-- A paragraph: its text and a blank line. -->
<xsl:template name="p">
  <xsl:param name="text"/>
  <xsl:value-of select="$text"/>
  <xsl:value-of select="concat($nl, $nl)"/>
</xsl:template>

<xsl:template name="signature">
  <xsl:value-of select="c:t('mail.signature')"/>
  <xsl:value-of select="$nl"/>
</xsl:template>

<xsl:template match="/mail[@type = 'account.invited']">
  <xsl:value-of select="concat(c:t('mail.account.invited.subject'), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.greeting', name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.account.invited.text', organisation)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="link"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.link.expires', expires-days)"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<xsl:template match="/mail[@type = 'account.reset']">
  <xsl:value-of select="concat(c:t('mail.account.reset.subject'), $nl, $nl)"/>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.greeting', name)"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.account.reset.text')"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="link"/>
  </xsl:call-template>
  <xsl:call-template name="p">
    <xsl:with-param name="text" select="c:t('mail.account.reset.ignore')"/>
  </xsl:call-template>
  <xsl:call-template name="signature"/>
</xsl:template>

<!-- A type without a template is an error in the code that queued it. -->
<xsl:template match="mail" priority="-1">
  <xsl:message terminate="yes">mail.xsl: no template for <xsl:value-of select="@type"/></xsl:message>
</xsl:template>

</xsl:stylesheet>
