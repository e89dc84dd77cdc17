<?xml version="1.0" encoding="UTF-8"?>
<!--
  A question to a practice's contact person (page name
  "practice-contact", GET/POST /praktijk/{id}/contact): to whom it goes
  (by name and municipality; the address is never on the page, and the
  answer comes to the sender's own address), how many questions a day
  one may ask, and the form with the question. Over the limit the form
  comes back with the daemon's error (429). Document: <practice>
  (published), <limit per-day sent/>, <form name="practice-contact">;
  see /work/notes/CONTRACT7.md.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>
<xsl:include href="practice-common.xsl"/>

<xsl:variable name="c:form-hints" select="' practice-contact.message '"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('practice-contact.title', practice/revision/title)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-back">
    <a class="utrecht-link" href="/praktijk/{practice/@id}"><xsl:value-of select="c:t('practice-contact.back')"/></a>
  </p>
  <div class="cimolt-narrow">
    <h1>
      <xsl:value-of select="c:t('practice-contact.heading')"/>
      <span class="cimolt-heading-sub">
        <xsl:apply-templates select="practice" mode="title"/>
      </span>
    </h1>
    <p class="cimolt-intro">
      <xsl:value-of select="c:t('practice-contact.lead', practice/revision/contact/@name, practice/organisation)"/>
    </p>
    <p><xsl:value-of select="c:t('practice-contact.privacy')"/></p>
    <xsl:for-each select="limit">
      <p class="cimolt-note">
        <xsl:value-of select="c:t('practice-contact.limit', @per-day, @sent)"/>
      </p>
    </xsl:for-each>
    <xsl:apply-templates select="form[@name = 'practice-contact']"/>
  </div>
</xsl:template>

</xsl:stylesheet>
