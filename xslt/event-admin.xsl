<?xml version="1.0" encoding="UTF-8"?>
<!--
  One event for organisers (page name "event-admin", GET
  /beheer/programma/{id}):
    <event .../>
    <organisations><organisation id name confirmed waiting>
      <registration id status name email job-title organisation created position?/>...
    </organisation>...</organisations>
    <waiting-list><registration .../>... in order</waiting-list>
    <materials><material id title url? created>text</material>...</materials>
    <form name="material" action="/beheer/programma/{id}/materiaal"> title, url, body
  The counts, links to edit, the attendance list, the CSV export and the
  public page; the registrations by municipality with their counts against
  the limit (each active one with a button to cancel it on the
  registrant's behalf); the waiting list in order; the materials with the
  form to add one.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="event.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('event-admin.title', event/title)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-back">
    <a class="utrecht-link" href="/beheer/programma"><xsl:value-of select="c:t('event-admin.back')"/></a>
  </p>
  <xsl:for-each select="event">
    <p class="cimolt-event__kind"><xsl:value-of select="c:t(concat('event.kind.', @kind))"/></p>
    <h1>
      <xsl:for-each select="title">
        <xsl:call-template name="c:data-lang"/>
        <xsl:value-of select="."/>
      </xsl:for-each>
    </h1>
    <p class="cimolt-event-status">
      <span class="cimolt-status cimolt-status--{@status}">
        <xsl:value-of select="c:t(concat('beheer.status.', @status))"/>
      </span>
      <xsl:if test="@status = 'open' and (@registration = 'closed' or @registration = 'not-yet' or @registration = 'full')">
        <xsl:text> </xsl:text>
        <span class="cimolt-muted"><xsl:value-of select="c:t(concat('event.registration.', @registration))"/></span>
      </xsl:if>
    </p>
    <ul class="cimolt-link-list">
      <li><a class="utrecht-link" href="/beheer/programma/{@id}/bewerken"><xsl:value-of select="c:t('event-admin.edit')"/></a></li>
      <li><a class="utrecht-link" href="/beheer/programma/{@id}/presentielijst"><xsl:value-of select="c:t('event-admin.attendance')"/></a></li>
      <li><a class="utrecht-link" href="/beheer/programma/{@id}/aanmeldingen.csv" type="text/csv"><xsl:value-of select="c:t('event-admin.csv')"/></a></li>
      <xsl:if test="@status != 'draft'">
        <li><a class="utrecht-link" href="/programma/{@id}"><xsl:value-of select="c:t('event-admin.public')"/></a></li>
      </xsl:if>
    </ul>
    <dl class="cimolt-counts">
      <div class="cimolt-counts__item">
        <dt><xsl:value-of select="c:t('event-admin.count.confirmed')"/></dt>
        <dd><xsl:value-of select="c:t('event-admin.count.of', number(confirmed), number(capacity))"/></dd>
      </div>
      <div class="cimolt-counts__item">
        <dt><xsl:value-of select="c:t('event-admin.count.left')"/></dt>
        <dd><xsl:value-of select="number(places-left)"/></dd>
      </div>
      <div class="cimolt-counts__item">
        <dt><xsl:value-of select="c:t('event-admin.count.waiting')"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="waiting"><xsl:value-of select="number(waiting)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="count(/page/waiting-list/registration)"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
      <div class="cimolt-counts__item">
        <dt><xsl:value-of select="c:t('event.per-org')"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="normalize-space(per-org-limit)"><xsl:value-of select="c:t('event-admin.count.limit', number(per-org-limit))"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="c:t('event-admin.count.no-limit')"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
    </dl>
    <details class="cimolt-details">
      <summary><xsl:value-of select="c:t('event-admin.details')"/></summary>
      <xsl:call-template name="event-facts"/>
    </details>
  </xsl:for-each>

  <section class="cimolt-section" aria-labelledby="registrations-title">
    <h2 id="registrations-title"><xsl:value-of select="c:t('event-admin.registrations')"/></h2>
    <xsl:choose>
      <xsl:when test="organisations/organisation">
        <xsl:apply-templates select="organisations/organisation"/>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="c:t('event-admin.none')"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </section>

  <section class="cimolt-section" aria-labelledby="waiting-title">
    <h2 id="waiting-title"><xsl:value-of select="c:t('event-admin.waiting-list')"/></h2>
    <xsl:choose>
      <xsl:when test="waiting-list/registration">
        <p><xsl:value-of select="c:t('event-admin.waiting-lead')"/></p>
        <table class="cimolt-table">
          <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('event-admin.waiting-list')"/></caption>
          <thead>
            <tr>
              <th scope="col" class="cimolt-table__number"><xsl:value-of select="c:t('event-admin.col.position')"/></th>
              <th scope="col"><xsl:value-of select="c:t('registration.name')"/></th>
              <th scope="col"><xsl:value-of select="c:t('registration.organisation')"/></th>
              <th scope="col"><xsl:value-of select="c:t('registration.job-title')"/></th>
              <th scope="col"><xsl:value-of select="c:t('event-admin.col.created')"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="waiting-list/registration">
              <tr>
                <td class="cimolt-table__number">
                  <xsl:value-of select="@position"/>
                  <xsl:if test="not(@position)"><xsl:value-of select="position()"/></xsl:if>
                </td>
                <th scope="row"><xsl:value-of select="@name"/></th>
                <td><xsl:value-of select="@organisation"/></td>
                <td><xsl:value-of select="@job-title"/></td>
                <td>
                  <xsl:call-template name="c:timestamp">
                    <xsl:with-param name="s" select="@created"/>
                  </xsl:call-template>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="c:t('event-admin.waiting-none')"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </section>

  <section class="cimolt-section" aria-labelledby="materials-title">
    <h2 id="materials-title"><xsl:value-of select="c:t('event.materials')"/></h2>
    <xsl:choose>
      <xsl:when test="materials/material">
        <div class="cimolt-narrow">
          <xsl:apply-templates select="materials" mode="list"/>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="c:t('event-admin.materials-none')"/></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="form[@name = 'material']">
      <div class="cimolt-narrow">
        <h3><xsl:value-of select="c:t('event-admin.material-add')"/></h3>
        <p><xsl:value-of select="c:t('event-admin.material-lead')"/></p>
        <xsl:apply-templates select="form[@name = 'material']">
          <xsl:with-param name="level" select="4"/>
        </xsl:apply-templates>
      </div>
    </xsl:if>
  </section>
</xsl:template>

<!-- One municipality: its name and counts against the limit, then a table
     of its registrations (confirmed, waiting, cancelled). -->
<xsl:template match="organisation">
  <xsl:variable name="limit" select="normalize-space(/page/event/per-org-limit)"/>
  <xsl:variable name="event" select="/page/event/@id"/>
  <h3 class="cimolt-org-heading">
    <xsl:choose>
      <!-- guests of an open event: the organisation they typed -->
      <xsl:when test="@id = 0"><xsl:value-of select="c:t('event-admin.guest-org', @name)"/></xsl:when>
      <xsl:otherwise>
        <a class="utrecht-link" href="/beheer/gemeente/{@id}"><xsl:value-of select="@name"/></a>
      </xsl:otherwise>
    </xsl:choose>
    <span class="cimolt-org-heading__counts">
      <xsl:choose>
        <xsl:when test="$limit != '' and number(@confirmed) &gt;= number($limit)">
          <xsl:value-of select="c:t('event-admin.org-counts.full', number(@confirmed), number($limit), number(@waiting))"/>
        </xsl:when>
        <xsl:when test="$limit != ''">
          <xsl:value-of select="c:t('event-admin.org-counts.limit', number(@confirmed), number($limit), number(@waiting))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="c:t('event-admin.org-counts', number(@confirmed), number(@waiting))"/>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </h3>
  <table class="cimolt-table">
    <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('event-admin.table-caption', @name)"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="c:t('registration.name')"/></th>
        <th scope="col"><xsl:value-of select="c:t('registration.job-title')"/></th>
        <th scope="col"><xsl:value-of select="c:t('registration.email')"/></th>
        <th scope="col"><xsl:value-of select="c:t('event-admin.col.status')"/></th>
        <th scope="col"><xsl:value-of select="c:t('event-admin.col.created')"/></th>
        <th scope="col"><xsl:value-of select="c:t('table.col.action')"/></th>
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
          <td>
            <xsl:if test="@status != 'cancelled'">
              <xsl:call-template name="c:post-button">
                <xsl:with-param name="action" select="concat('/beheer/programma/', $event, '/aanmeldingen/', @id, '/annuleren')"/>
                <xsl:with-param name="label" select="c:t('event-admin.cancel')"/>
                <xsl:with-param name="context" select="string(@name)"/>
              </xsl:call-template>
            </xsl:if>
          </td>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>

</xsl:stylesheet>
