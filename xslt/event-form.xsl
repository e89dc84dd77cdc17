<?xml version="1.0" encoding="UTF-8"?>
<!--
  Creating or editing an event (page name "event-form", GET/POST
  /beheer/programma/nieuw and /beheer/programma/{id}/bewerken), for
  organisers: the form event with every field of an event, its status
  included. When editing, the current <event> is in the document too.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:choose>
    <xsl:when test="event"><xsl:value-of select="c:t('event-form.edit', event/title)"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('event-form.new')"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-narrow">
    <p><a class="utrecht-link" href="/beheer/programma"><xsl:value-of select="c:t('event-admin.back')"/></a></p>
    <h1><xsl:apply-templates select="." mode="c:title"/></h1>
    <xsl:apply-templates select="form[@name = 'event']"/>
  </div>
</xsl:template>

</xsl:stylesheet>
