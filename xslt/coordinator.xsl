<?xml version="1.0" encoding="UTF-8"?>
<!--
  The coordinator's view of the programme (page name "coordinator"), one of:
  - GET /gemeente/programma: per event, who of the coordinator's own
    municipality is registered, waiting or still to confirm, and the places
    the municipality has left:
      <events><event id status ...(as on the programme)... <org-confirmed/>
        <org-places-left/>? <places-left/> <capacity/>
        <registration id status="confirmed|waiting|approval|pending"
          position? name email job-title created/>...
      </event>...</events>
    Each registration with a link to cancel it
    (/gemeente/programma/{event}/{id}/annuleren) and, a confirmed one, to
    pass it on to a colleague (.../verplaatsen).
  - <cancel-colleague><registration .../><event .../></cancel-colleague>
    with <form name="cancel-colleague"/>: asks before cancelling.
  - <move-colleague><registration .../><event .../></move-colleague> with
    <form name="move"/> (naam, email, functie: the new person).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:variable name="organisation" select="normalize-space(/page/user/@organisation)"/>

<xsl:template match="page" mode="c:title">
  <xsl:choose>
    <xsl:when test="cancel-colleague"><xsl:value-of select="c:t('coordinator.cancel.title')"/></xsl:when>
    <xsl:when test="move-colleague"><xsl:value-of select="c:t('coordinator.move.title')"/></xsl:when>
    <xsl:when test="$organisation != ''"><xsl:value-of select="c:t('coordinator.title', $organisation)"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('coordinator.title.plain')"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:apply-templates select="." mode="c:title"/></h1>
  <xsl:choose>
    <xsl:when test="cancel-colleague">
      <xsl:for-each select="cancel-colleague">
        <p><xsl:value-of select="c:t('coordinator.cancel.ask', string(registration/@name), string(event/title))"/></p>
        <xsl:apply-templates select="registration" mode="facts"/>
      </xsl:for-each>
      <xsl:apply-templates select="form[@name = 'cancel-colleague']"/>
      <p><a class="utrecht-link" href="/gemeente/programma"><xsl:value-of select="c:t('coordinator.back')"/></a></p>
    </xsl:when>
    <xsl:when test="move-colleague">
      <xsl:for-each select="move-colleague">
        <p><xsl:value-of select="c:t('coordinator.move.lead', string(registration/@name), string(event/title))"/></p>
        <xsl:apply-templates select="registration" mode="facts"/>
      </xsl:for-each>
      <xsl:apply-templates select="form[@name = 'move']"/>
      <p><a class="utrecht-link" href="/gemeente/programma"><xsl:value-of select="c:t('coordinator.back')"/></a></p>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('coordinator.lead')"/></p>
      <xsl:if test="not(events/event)">
        <p><xsl:value-of select="c:t('coordinator.no-events')"/></p>
      </xsl:if>
      <xsl:apply-templates select="events/event"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- Who and for what, on the pages of one registration. -->
<xsl:template match="registration" mode="facts">
  <dl class="cimolt-facts cimolt-facts--plain">
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('coordinator.who')"/></dt>
      <dd class="cimolt-break">
        <xsl:value-of select="concat(@name, ', ', @job-title, ' (', @email, ')')"/>
      </dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('coordinator.event')"/></dt>
      <dd>
        <xsl:for-each select="../event/title">
          <span>
            <xsl:call-template name="c:data-lang"/>
            <xsl:value-of select="."/>
          </span>
        </xsl:for-each>
        <xsl:text>, </xsl:text>
        <xsl:value-of select="c:date(../event/start)"/>
      </dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('coordinator.col.status')"/></dt>
      <dd><xsl:apply-templates select="." mode="status"/></dd>
    </div>
  </dl>
</xsl:template>

<xsl:template match="registration" mode="status">
  <xsl:value-of select="c:t(concat('coordinator.status.', @status), number(@position))"/>
</xsl:template>

<!-- One event: its places and the municipality's registrations. -->
<xsl:template match="events/event">
  <section class="cimolt-section" aria-labelledby="event-{@id}">
    <h2 id="event-{@id}">
      <a class="utrecht-link" href="/programma/{@id}">
        <xsl:for-each select="title">
          <xsl:call-template name="c:data-lang"/>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </a>
    </h2>
    <p>
      <xsl:value-of select="c:date(start)"/>
      <xsl:if test="@status = 'cancelled'">
        <xsl:text> (</xsl:text>
        <xsl:value-of select="c:t('registration.event-cancelled')"/>
        <xsl:text>)</xsl:text>
      </xsl:if>
    </p>
    <p>
      <xsl:choose>
        <xsl:when test="normalize-space(per-org-limit)">
          <xsl:value-of select="c:t('coordinator.places', number(org-confirmed), number(per-org-limit),
              number(org-places-left), number(places-left), number(capacity))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="c:t('coordinator.places.no-limit', number(org-confirmed),
              number(places-left), number(capacity))"/>
        </xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:choose>
      <xsl:when test="registration">
        <table class="cimolt-table">
          <caption><xsl:value-of select="c:t('coordinator.caption', string(title))"/></caption>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="c:t('registration.name')"/></th>
              <th scope="col"><xsl:value-of select="c:t('registration.email')"/></th>
              <th scope="col"><xsl:value-of select="c:t('registration.job-title')"/></th>
              <th scope="col"><xsl:value-of select="c:t('coordinator.col.status')"/></th>
              <th scope="col"><xsl:value-of select="c:t('table.col.action')"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="registration">
              <xsl:variable name="base" select="concat('/gemeente/programma/', ../@id, '/', @id)"/>
              <tr>
                <th scope="row"><xsl:value-of select="@name"/></th>
                <td class="cimolt-break"><xsl:value-of select="@email"/></td>
                <td><xsl:value-of select="@job-title"/></td>
                <td><xsl:apply-templates select="." mode="status"/></td>
                <td>
                  <xsl:if test="../@status != 'cancelled'">
                    <a class="utrecht-link" href="{$base}/annuleren">
                      <xsl:value-of select="c:t('coordinator.cancel')"/>
                      <span class="cimolt-visually-hidden">
                        <xsl:text> </xsl:text>
                        <xsl:value-of select="c:t('form.button-context', string(@name))"/>
                      </span>
                    </a>
                    <xsl:if test="@status = 'confirmed' and (../@registration = 'open' or ../@registration = 'full')">
                      <xsl:text> · </xsl:text>
                      <a class="utrecht-link" href="{$base}/verplaatsen">
                        <xsl:value-of select="c:t('coordinator.move')"/>
                        <span class="cimolt-visually-hidden">
                          <xsl:text> </xsl:text>
                          <xsl:value-of select="c:t('form.button-context', string(@name))"/>
                        </span>
                      </a>
                    </xsl:if>
                  </xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="c:t('coordinator.none')"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </section>
</xsl:template>

</xsl:stylesheet>
