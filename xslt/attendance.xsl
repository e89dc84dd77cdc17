<?xml version="1.0" encoding="UTF-8"?>
<!--
  The attendance list of an event (page name "attendance", GET
  /beheer/programma/{id}/presentielijst), made to be printed: the
  confirmed registrations by municipality, with a column to sign.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="home.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('attendance.title', event/title)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-no-print"><a class="utrecht-link" href="/beheer/programma/{event/@id}"><xsl:value-of select="c:t('attendance.back')"/></a></p>
  <h1><xsl:value-of select="c:t('attendance.title', event/title)"/></h1>
  <p><xsl:value-of select="c:when(event)"/></p>
  <table class="cimolt-table cimolt-attendance">
    <caption><xsl:value-of select="c:t('attendance.caption', count(registrations/organisation/registration))"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="c:t('registration.organisation')"/></th>
        <th scope="col"><xsl:value-of select="c:t('registration.name')"/></th>
        <th scope="col"><xsl:value-of select="c:t('event-admin.col.job')"/></th>
        <th scope="col"><xsl:value-of select="c:t('attendance.signature')"/></th>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="registrations/organisation/registration">
        <tr>
          <td><xsl:value-of select="@organisation"/></td>
          <th scope="row"><xsl:value-of select="@name"/></th>
          <td><xsl:value-of select="@job-title"/></td>
          <td class="cimolt-attendance__sign"></td>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>

</xsl:stylesheet>
