<?xml version="1.0" encoding="UTF-8"?>
<!--
  A registration's own page (page name "registration", GET
  /aanmelding/{token}), reached through the link in the confirmation:
  confirmed, on the waiting list (with the place) or cancelled, the event,
  and a button to cancel. An unknown link gets <invalid-token/> (404).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="home.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('registration.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-narrow">
    <h1><xsl:value-of select="c:t('registration.title')"/></h1>
    <xsl:choose>
      <xsl:when test="invalid-token">
        <p><xsl:value-of select="c:t('registration.invalid')"/></p>
        <p><a class="utrecht-link" href="/programma"><xsl:value-of select="c:t('registration.to-programme')"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="registration">
          <div class="utrecht-alert cimolt-registration cimolt-registration--{@status}" role="status">
            <div class="utrecht-alert__content">
              <div class="utrecht-alert__message">
                <p>
                  <strong>
                    <xsl:choose>
                      <xsl:when test="@status = 'waiting'">
                        <xsl:value-of select="c:t('registration.status.waiting', @position)"/>
                      </xsl:when>
                      <xsl:otherwise>
                        <xsl:value-of select="c:t(concat('registration.status.', @status))"/>
                      </xsl:otherwise>
                    </xsl:choose>
                  </strong>
                </p>
              </div>
            </div>
          </div>
          <dl class="cimolt-facts cimolt-facts--plain">
            <div class="cimolt-facts__row">
              <dt><xsl:value-of select="c:t('registration.name')"/></dt>
              <dd><xsl:value-of select="@name"/></dd>
            </div>
            <div class="cimolt-facts__row">
              <dt><xsl:value-of select="c:t('registration.organisation')"/></dt>
              <dd><xsl:value-of select="@organisation"/></dd>
            </div>
            <div class="cimolt-facts__row">
              <dt><xsl:value-of select="c:t('registration.email')"/></dt>
              <dd><xsl:value-of select="@email"/></dd>
            </div>
          </dl>
          <xsl:for-each select="event">
            <h2><a class="utrecht-link" href="/programma/{@id}"><xsl:for-each select="title"><xsl:call-template name="c:data-lang"/><xsl:value-of select="."/></xsl:for-each></a></h2>
            <xsl:call-template name="event-facts"/>
            <p><a class="utrecht-link" href="/programma/{@id}.ics"><xsl:value-of select="c:t('event.calendar')"/></a></p>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:if test="form[@name = 'cancel']">
          <h2><xsl:value-of select="c:t('registration.cancel.heading')"/></h2>
          <p><xsl:value-of select="c:t('registration.cancel.text')"/></p>
          <xsl:apply-templates select="form[@name = 'cancel']"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

</xsl:stylesheet>
