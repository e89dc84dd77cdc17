<?xml version="1.0" encoding="UTF-8"?>
<!--
  The organisers' overview (page name "beheer"): every event with its
  status, capacity, confirmed registrations and places left, in a table an
  organiser can scan and print. Only the organiser role reaches it.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('beheer.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('beheer.title')"/></h1>
  <p><xsl:value-of select="c:t('beheer.lead')"/></p>
  <p class="cimolt-actions">
    <a class="utrecht-button-link utrecht-button-link--primary-action" href="/beheer/programma/nieuw"><xsl:value-of select="c:t('beheer.new')"/></a>
  </p>
  <xsl:choose>
    <xsl:when test="events/event">
      <table class="cimolt-table">
        <caption><xsl:value-of select="c:t('beheer.events.caption')"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="c:t('beheer.col.event')"/></th>
            <th scope="col"><xsl:value-of select="c:t('event.when')"/></th>
            <th scope="col"><xsl:value-of select="c:t('beheer.col.status')"/></th>
            <th scope="col"><xsl:value-of select="c:t('beheer.col.capacity')"/></th>
            <th scope="col"><xsl:value-of select="c:t('beheer.col.confirmed')"/></th>
            <th scope="col"><xsl:value-of select="c:t('beheer.col.left')"/></th>
            <th scope="col"><xsl:value-of select="c:t('beheer.col.waiting')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="events/event">
            <tr>
              <th scope="row"><a class="utrecht-link" href="/beheer/programma/{@id}"><xsl:value-of select="title"/></a></th>
              <td><xsl:value-of select="c:date(start)"/></td>
              <td><xsl:value-of select="c:t(concat('beheer.status.', @status))"/></td>
              <td><xsl:value-of select="capacity"/></td>
              <td><xsl:value-of select="confirmed"/></td>
              <td><xsl:value-of select="places-left"/></td>
              <td><xsl:value-of select="waiting"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('home.events.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
