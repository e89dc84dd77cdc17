<?xml version="1.0" encoding="UTF-8"?>
<!--
  One event (page name "event", GET /programma/{id}): what it is, when and
  where, the places left (for the visitor's municipality too, when signed
  in), how to register, the calendar file, and the materials the
  organisers shared afterwards (<materials><material id title url?
  created>text</material></materials>).
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
  <p class="cimolt-back">
    <a class="utrecht-link" href="/programma"><xsl:value-of select="c:t('event.back')"/></a>
  </p>
  <xsl:for-each select="event">
    <div class="cimolt-event-page">
      <p class="cimolt-event__kind"><xsl:value-of select="c:t(concat('event.kind.', @kind))"/></p>
      <h1>
        <xsl:for-each select="title">
          <xsl:call-template name="c:data-lang"/>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </h1>
      <xsl:call-template name="registration-state"/>
      <xsl:if test="normalize-space(description)">
        <p class="cimolt-event__description cimolt-lines">
          <xsl:for-each select="description">
            <xsl:call-template name="c:data-lang"/>
            <xsl:value-of select="."/>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:call-template name="event-facts"/>
      <xsl:if test="@registration = 'full' and @status != 'cancelled'">
        <p class="cimolt-note"><xsl:value-of select="c:t('event.full.note')"/></p>
      </xsl:if>
      <p class="cimolt-actions">
        <xsl:if test="@registration = 'open' or @registration = 'full'">
          <xsl:call-template name="register-link"/>
        </xsl:if>
        <xsl:if test="@status != 'cancelled'">
          <a class="utrecht-link cimolt-actions__link" href="/programma/{@id}.ics" type="text/calendar">
            <xsl:value-of select="c:t('event.calendar')"/>
          </a>
        </xsl:if>
      </p>
    </div>
  </xsl:for-each>
  <xsl:if test="materials/material">
    <section class="cimolt-section cimolt-narrow" aria-labelledby="materials-title">
      <h2 id="materials-title"><xsl:value-of select="c:t('event.materials')"/></h2>
      <xsl:apply-templates select="materials" mode="list"/>
    </section>
  </xsl:if>
</xsl:template>

<!-- The materials of an event, newest last as the daemon lists them:
     the title (a link when there is one), the date, and the text with its
     line breaks. Titles and texts are Dutch (c:data-lang). -->
<xsl:template match="materials" mode="list">
  <ul class="cimolt-materials">
    <xsl:for-each select="material">
      <li class="cimolt-material">
        <h3 class="cimolt-material__title">
          <xsl:call-template name="c:data-lang"/>
          <xsl:choose>
            <xsl:when test="normalize-space(@url)">
              <a class="utrecht-link" href="{@url}"><xsl:value-of select="@title"/></a>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="@title"/></xsl:otherwise>
          </xsl:choose>
        </h3>
        <xsl:if test="c:iso-date(@created) != ''">
          <p class="cimolt-material__date cimolt-muted">
            <time datetime="{substring(normalize-space(@created), 1, 10)}">
              <xsl:value-of select="c:iso-date(@created)"/>
            </time>
          </p>
        </xsl:if>
        <xsl:if test="normalize-space(.)">
          <p class="cimolt-lines">
            <xsl:call-template name="c:data-lang"/>
            <xsl:value-of select="."/>
          </p>
        </xsl:if>
      </li>
    </xsl:for-each>
  </ul>
</xsl:template>

</xsl:stylesheet>
