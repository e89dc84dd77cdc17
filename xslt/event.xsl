<?xml version="1.0" encoding="UTF-8"?>
<!--
  One event (page name "event", GET /programma/{id}): what it is, when and
  where, the places left (for the visitor's municipality too, when signed
  in), how to register, the calendar file, and the materials the
  organisers shared afterwards.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="home.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="event/title"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:for-each select="event">
    <p class="cimolt-event__kind"><xsl:value-of select="c:t(concat('event.kind.', @kind))"/></p>
    <h1><xsl:for-each select="title"><xsl:call-template name="c:data-lang"/><xsl:value-of select="."/></xsl:for-each></h1>
    <xsl:call-template name="registration-state"/>
    <xsl:if test="normalize-space(description)">
      <p class="cimolt-event__description"><xsl:for-each select="description"><xsl:call-template name="c:data-lang"/><xsl:value-of select="."/></xsl:for-each></p>
    </xsl:if>
    <xsl:call-template name="event-facts"/>
    <p class="cimolt-actions">
      <xsl:if test="@registration = 'open' or @registration = 'full'">
        <a class="utrecht-button-link utrecht-button-link--primary-action" href="/programma/{@id}/aanmelden">
          <xsl:value-of select="c:t('event.register')"/>
        </a>
        <xsl:text> </xsl:text>
      </xsl:if>
      <a class="utrecht-link" href="/programma/{@id}.ics"><xsl:value-of select="c:t('event.calendar')"/></a>
    </p>
  </xsl:for-each>
  <xsl:if test="materials/material">
    <h2><xsl:value-of select="c:t('event.materials')"/></h2>
    <ul class="cimolt-materials">
      <xsl:for-each select="materials/material">
        <li>
          <xsl:choose>
            <xsl:when test="@url"><a class="utrecht-link" href="{@url}"><xsl:value-of select="@title"/></a></xsl:when>
            <xsl:otherwise><strong><xsl:value-of select="@title"/></strong></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="normalize-space(.)">
            <p><xsl:value-of select="."/></p>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
