<?xml version="1.0" encoding="UTF-8"?>
<!--
  One municipality across the programme, for organisers (page name
  "org-overview", GET /beheer/gemeente/{id}): who from that municipality
  registered for which event, and with what status.
    <organisation id name kind/>
    <events><event id><title/><start .../>
      <registration id status name email job-title organisation created position?/>...
    </event>...</events>
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('org-overview.title', organisation/@name)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-back">
    <a class="utrecht-link" href="/beheer/programma"><xsl:value-of select="c:t('event-admin.back')"/></a>
  </p>
  <h1><xsl:value-of select="c:t('org-overview.title', organisation/@name)"/></h1>
  <xsl:choose>
    <xsl:when test="events/event">
      <p class="cimolt-intro"><xsl:value-of select="c:t('org-overview.lead', organisation/@name)"/></p>
      <xsl:for-each select="events/event">
        <section class="cimolt-section" aria-labelledby="event-{@id}">
          <h2 id="event-{@id}">
            <a class="utrecht-link" href="/beheer/programma/{@id}">
              <xsl:for-each select="title">
                <xsl:call-template name="c:data-lang"/>
                <xsl:value-of select="."/>
              </xsl:for-each>
            </a>
            <span class="cimolt-heading-sub cimolt-muted">
              <time datetime="{start/@date}"><xsl:value-of select="c:date(start)"/></time>
            </span>
          </h2>
          <table class="cimolt-table">
            <caption class="cimolt-visually-hidden">
              <xsl:value-of select="c:t('org-overview.caption', /page/organisation/@name, title)"/>
            </caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="c:t('registration.name')"/></th>
                <th scope="col"><xsl:value-of select="c:t('registration.job-title')"/></th>
                <th scope="col"><xsl:value-of select="c:t('registration.email')"/></th>
                <th scope="col"><xsl:value-of select="c:t('event-admin.col.status')"/></th>
                <th scope="col"><xsl:value-of select="c:t('event-admin.col.created')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="registration">
                <tr>
                  <xsl:if test="@status = 'cancelled'">
                    <xsl:attribute name="class">cimolt-table__row--muted</xsl:attribute>
                  </xsl:if>
                  <th scope="row"><xsl:value-of select="@name"/></th>
                  <td><xsl:value-of select="@job-title"/></td>
                  <td class="cimolt-break"><xsl:value-of select="@email"/></td>
                  <td>
                    <span class="cimolt-status cimolt-status--{@status}">
                      <xsl:choose>
                        <xsl:when test="@status = 'waiting' and @position">
                          <xsl:value-of select="c:t('event-admin.status.waiting-at', number(@position))"/>
                        </xsl:when>
                        <xsl:otherwise>
                          <xsl:value-of select="c:t(concat('event-admin.status.', @status))"/>
                        </xsl:otherwise>
                      </xsl:choose>
                    </span>
                  </td>
                  <td>
                    <xsl:call-template name="c:timestamp">
                      <xsl:with-param name="s" select="@created"/>
                    </xsl:call-template>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
      </xsl:for-each>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('org-overview.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
