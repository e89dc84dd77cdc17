<?xml version="1.0" encoding="UTF-8"?>
<!--
  The monitor for organisers (page name "rounds-admin", GET
  /beheer/monitor): every round by year and municipality with its status,
  and a button to reopen a submitted round (audit-logged).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('rounds.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('rounds.title')"/></h1>
  <xsl:choose>
    <xsl:when test="rounds/round">
      <table class="cimolt-table">
        <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('rounds.title')"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="c:t('rounds.col.year')"/></th>
            <th scope="col"><xsl:value-of select="c:t('registration.organisation')"/></th>
            <th scope="col"><xsl:value-of select="c:t('event-admin.col.status')"/></th>
            <th scope="col"><xsl:value-of select="c:t('table.col.action')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="rounds/round">
            <tr>
              <td><xsl:value-of select="@year"/></td>
              <th scope="row"><xsl:value-of select="@organisation"/></th>
              <td><xsl:value-of select="c:t(concat('monitor.status.', @status))"/></td>
              <td>
                <xsl:if test="@status = 'submitted'">
                  <xsl:call-template name="c:post-button">
                    <xsl:with-param name="action" select="concat('/beheer/monitor/', @id, '/heropenen')"/>
                    <xsl:with-param name="label" select="c:t('rounds.reopen')"/>
                    <xsl:with-param name="context" select="concat(@organisation, ' ', @year)"/>
                  </xsl:call-template>
                </xsl:if>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('rounds.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
