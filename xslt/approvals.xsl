<?xml version="1.0" encoding="UTF-8"?>
<!--
  The coordinator's registrations to approve (page name "approvals", GET
  /gemeente/aanmeldingen). With [registration] org_domains on, a
  registration whose address was confirmed but lies outside the
  municipality's mail domains waits here:
    <approvals org-domains="yes"?>
      <registration id event name email job-title created>
        <title/> <start .../> </registration>...
    </approvals>
  Each with two buttons: approve (POST
  /gemeente/aanmeldingen/{event}/{id}/goedkeuren; it is then confirmed or
  put on the waiting list by the usual rules) and refuse (.../afwijzen).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('approvals.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:apply-templates select="." mode="c:title"/></h1>
  <p><xsl:value-of select="c:t('approvals.lead')"/></p>
  <xsl:choose>
    <xsl:when test="approvals/registration">
      <table class="cimolt-table">
        <caption><xsl:value-of select="c:t('approvals.caption')"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="c:t('registration.name')"/></th>
            <th scope="col"><xsl:value-of select="c:t('registration.email')"/></th>
            <th scope="col"><xsl:value-of select="c:t('registration.job-title')"/></th>
            <th scope="col"><xsl:value-of select="c:t('approvals.col.event')"/></th>
            <th scope="col"><xsl:value-of select="c:t('table.col.action')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="approvals/registration">
            <xsl:variable name="base" select="concat('/gemeente/aanmeldingen/', @event, '/', @id)"/>
            <tr>
              <th scope="row"><xsl:value-of select="@name"/></th>
              <td class="cimolt-break"><xsl:value-of select="@email"/></td>
              <td><xsl:value-of select="@job-title"/></td>
              <td>
                <a class="utrecht-link" href="/programma/{@event}">
                  <xsl:for-each select="title">
                    <xsl:call-template name="c:data-lang"/>
                    <xsl:value-of select="."/>
                  </xsl:for-each>
                </a>
                <xsl:text>, </xsl:text>
                <xsl:value-of select="c:date(start)"/>
              </td>
              <td>
                <xsl:call-template name="c:post-button">
                  <xsl:with-param name="action" select="concat($base, '/goedkeuren')"/>
                  <xsl:with-param name="label" select="c:t('approvals.approve')"/>
                  <xsl:with-param name="context" select="string(@name)"/>
                </xsl:call-template>
                <xsl:call-template name="c:post-button">
                  <xsl:with-param name="action" select="concat($base, '/afwijzen')"/>
                  <xsl:with-param name="label" select="c:t('approvals.refuse')"/>
                  <xsl:with-param name="context" select="string(@name)"/>
                </xsl:call-template>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('approvals.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
