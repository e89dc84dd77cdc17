<?xml version="1.0" encoding="UTF-8"?>
<!--
  One event for organisers (page name "event-admin", GET
  /beheer/programma/{id}): the counts, the registrations by municipality
  (each with a button to cancel on the registrant's behalf), the waiting
  list in order, the CSV export and attendance list, and the materials
  with the form to add one.
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
  <p><a class="utrecht-link" href="/beheer/programma"><xsl:value-of select="c:t('event-admin.back')"/></a></p>
  <xsl:for-each select="event">
    <h1><xsl:value-of select="title"/></h1>
    <p class="cimolt-badge cimolt-badge--{@status}"><xsl:value-of select="c:t(concat('beheer.status.', @status))"/></p>
    <xsl:call-template name="event-facts"/>
    <p class="cimolt-actions">
      <a class="utrecht-link" href="/beheer/programma/{@id}/bewerken"><xsl:value-of select="c:t('event-admin.edit')"/></a>
      <xsl:text> · </xsl:text>
      <a class="utrecht-link" href="/beheer/programma/{@id}/aanmeldingen.csv"><xsl:value-of select="c:t('event-admin.csv')"/></a>
      <xsl:text> · </xsl:text>
      <a class="utrecht-link" href="/beheer/programma/{@id}/presentielijst"><xsl:value-of select="c:t('event-admin.attendance')"/></a>
      <xsl:text> · </xsl:text>
      <a class="utrecht-link" href="/programma/{@id}"><xsl:value-of select="c:t('event-admin.public')"/></a>
    </p>
  </xsl:for-each>

  <h2><xsl:value-of select="c:t('event-admin.registrations')"/></h2>
  <xsl:choose>
    <xsl:when test="organisations/organisation">
      <xsl:for-each select="organisations/organisation">
        <h3>
          <xsl:value-of select="@name"/>
          <xsl:text> </xsl:text>
          <span class="cimolt-count"><xsl:value-of select="c:t('event-admin.org-counts', @confirmed, @waiting)"/></span>
        </h3>
        <xsl:call-template name="registrations-table"/>
      </xsl:for-each>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('event-admin.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>

  <h2><xsl:value-of select="c:t('event-admin.waiting-list')"/></h2>
  <xsl:choose>
    <xsl:when test="waiting-list/registration">
      <ol class="cimolt-waiting-list">
        <xsl:for-each select="waiting-list/registration">
          <li><xsl:value-of select="c:t('event-admin.waiting-entry', @name, @organisation)"/></li>
        </xsl:for-each>
      </ol>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('event-admin.waiting-none')"/></p>
    </xsl:otherwise>
  </xsl:choose>

  <h2><xsl:value-of select="c:t('event.materials')"/></h2>
  <xsl:if test="materials/material">
    <ul class="cimolt-materials">
      <xsl:for-each select="materials/material">
        <li>
          <xsl:choose>
            <xsl:when test="@url"><a class="utrecht-link" href="{@url}"><xsl:value-of select="@title"/></a></xsl:when>
            <xsl:otherwise><strong><xsl:value-of select="@title"/></strong></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="normalize-space(.)"><p><xsl:value-of select="."/></p></xsl:if>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:if>
  <h3><xsl:value-of select="c:t('event-admin.material-add')"/></h3>
  <xsl:apply-templates select="form[@name = 'material']">
    <xsl:with-param name="level" select="4"/>
  </xsl:apply-templates>
</xsl:template>

<!-- The registrations of one municipality. -->
<xsl:template name="registrations-table">
  <xsl:variable name="event" select="/page/event/@id"/>
  <table class="cimolt-table">
    <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('event-admin.table-caption', @name)"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="c:t('registration.name')"/></th>
        <th scope="col"><xsl:value-of select="c:t('event-admin.col.job')"/></th>
        <th scope="col"><xsl:value-of select="c:t('registration.email')"/></th>
        <th scope="col"><xsl:value-of select="c:t('event-admin.col.status')"/></th>
        <th scope="col"><xsl:value-of select="c:t('event-admin.col.action')"/></th>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="registration">
        <tr>
          <th scope="row"><xsl:value-of select="@name"/></th>
          <td><xsl:value-of select="@job-title"/></td>
          <td><xsl:value-of select="@email"/></td>
          <td>
            <xsl:choose>
              <xsl:when test="@status = 'waiting'"><xsl:value-of select="c:t('registration.status.waiting', @position)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t(concat('registration.status.', @status))"/></xsl:otherwise>
            </xsl:choose>
          </td>
          <td>
            <xsl:if test="@status != 'cancelled'">
              <xsl:call-template name="c:post-button">
                <xsl:with-param name="action" select="concat('/beheer/programma/', $event, '/aanmeldingen/', @id, '/annuleren')"/>
                <xsl:with-param name="label" select="c:t('event-admin.cancel')"/>
                <xsl:with-param name="context" select="@name"/>
              </xsl:call-template>
            </xsl:if>
          </td>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>

</xsl:stylesheet>
