<?xml version="1.0" encoding="UTF-8"?>
<!--
  One municipality across the programme, for organisers (page name
  "org-overview", GET /beheer/gemeente/{id}): who from that municipality
  registered for which event, and with what status.
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
  <p><a class="utrecht-link" href="/beheer/programma"><xsl:value-of select="c:t('event-admin.back')"/></a></p>
  <h1><xsl:value-of select="c:t('org-overview.title', organisation/@name)"/></h1>
  <xsl:choose>
    <xsl:when test="events/event">
      <xsl:for-each select="events/event">
        <h2>
          <a class="utrecht-link" href="/beheer/programma/{@id}"><xsl:value-of select="title"/></a>
          <xsl:text> </xsl:text>
          <span class="cimolt-count"><xsl:value-of select="c:date(start)"/></span>
        </h2>
        <table class="cimolt-table">
          <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('event-admin.table-caption', /page/organisation/@name)"/></caption>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="c:t('registration.name')"/></th>
              <th scope="col"><xsl:value-of select="c:t('event-admin.col.job')"/></th>
              <th scope="col"><xsl:value-of select="c:t('event-admin.col.status')"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="registration">
              <tr>
                <th scope="row"><xsl:value-of select="@name"/></th>
                <td><xsl:value-of select="@job-title"/></td>
                <td>
                  <xsl:choose>
                    <xsl:when test="@status = 'waiting'"><xsl:value-of select="c:t('registration.status.waiting', @position)"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="c:t(concat('registration.status.', @status))"/></xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:for-each>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('org-overview.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
