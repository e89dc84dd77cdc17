<?xml version="1.0" encoding="UTF-8"?>
<!--
  The organisers' overview of the programme (page name "beheer", GET
  /beheer and /beheer/programma): every event, drafts included, with its
  date, status, capacity, confirmed registrations, places left and waiting
  list, a link to its registrations and one to edit it, and a button to
  add an event. Only organisers (and administrators) reach it.
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
  <p class="cimolt-intro"><xsl:value-of select="c:t('beheer.lead')"/></p>
  <p class="cimolt-actions">
    <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/beheer/programma/nieuw">
      <xsl:value-of select="c:t('beheer.new')"/>
    </a>
  </p>
  <xsl:choose>
    <xsl:when test="events/event">
      <table class="cimolt-table cimolt-table--events">
        <caption><xsl:value-of select="c:t('beheer.events.caption')"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="c:t('beheer.col.event')"/></th>
            <th scope="col"><xsl:value-of select="c:t('beheer.col.date')"/></th>
            <th scope="col"><xsl:value-of select="c:t('beheer.col.status')"/></th>
            <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('beheer.col.capacity')"/></th>
            <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('beheer.col.confirmed')"/></th>
            <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('beheer.col.left')"/></th>
            <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('beheer.col.waiting')"/></th>
            <th scope="col"><xsl:value-of select="c:t('table.col.action')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="events/event">
            <tr>
              <th scope="row">
                <a class="utrecht-link" href="/beheer/programma/{@id}">
                  <xsl:for-each select="title">
                    <xsl:call-template name="c:data-lang"/>
                    <xsl:value-of select="."/>
                  </xsl:for-each>
                </a>
                <span class="cimolt-table__sub cimolt-muted">
                  <xsl:value-of select="c:t(concat('event.kind.', @kind))"/>
                </span>
              </th>
              <td>
                <time datetime="{start/@date}"><xsl:value-of select="c:date(start)"/></time>
              </td>
              <td>
                <span class="cimolt-status cimolt-status--{@status}">
                  <xsl:value-of select="c:t(concat('beheer.status.', @status))"/>
                </span>
                <xsl:if test="@status = 'open' and (@registration = 'closed' or @registration = 'not-yet' or @registration = 'full')">
                  <span class="cimolt-table__sub cimolt-muted">
                    <xsl:value-of select="c:t(concat('event.registration.', @registration))"/>
                  </span>
                </xsl:if>
              </td>
              <td class="cimolt-table__number"><xsl:value-of select="capacity"/></td>
              <td class="cimolt-table__number"><xsl:value-of select="confirmed"/></td>
              <td class="cimolt-table__number"><xsl:value-of select="places-left"/></td>
              <td class="cimolt-table__number">
                <xsl:value-of select="waiting"/>
                <xsl:if test="not(waiting)">0</xsl:if>
              </td>
              <td>
                <a class="utrecht-link" href="/beheer/programma/{@id}/bewerken">
                  <xsl:value-of select="c:t('event-admin.edit')"/>
                  <span class="cimolt-visually-hidden">
                    <xsl:text> </xsl:text>
                    <xsl:value-of select="c:t('form.button-context', title)"/>
                  </span>
                </a>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('beheer.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
