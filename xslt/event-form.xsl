<?xml version="1.0" encoding="UTF-8"?>
<!--
  Creating or editing an event (page name "event-form", GET/POST
  /beheer/programma/nieuw and /beheer/programma/{id}/bewerken), for
  organisers: the form event with every field of an event, its status
  included, in fieldsets (the event; its sessions, the first one's
  fields being starts_at, ends_at and place, the others' starts_at_N,
  ends_at_N and place_N with row="N", a fieldset each; the online
  address; registration; notices and status, with the message to the
  registrants when editing). When editing, the current <event> is in the
  document too.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:choose>
    <xsl:when test="event"><xsl:value-of select="c:t('event-form.edit', event/title)"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('event-form.new')"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-narrow">
    <p class="cimolt-back">
      <xsl:choose>
        <xsl:when test="event">
          <a class="utrecht-link" href="/beheer/programma/{event/@id}"><xsl:value-of select="c:t('event-form.back')"/></a>
        </xsl:when>
        <xsl:otherwise>
          <a class="utrecht-link" href="/beheer/programma"><xsl:value-of select="c:t('event-admin.back')"/></a>
        </xsl:otherwise>
      </xsl:choose>
    </p>
    <h1>
      <xsl:choose>
        <xsl:when test="event">
          <xsl:value-of select="c:t('event-form.edit.heading')"/>
          <span class="cimolt-visually-hidden">: </span>
          <span class="cimolt-heading-sub">
            <xsl:for-each select="event/title">
              <xsl:call-template name="c:data-lang"/>
              <xsl:value-of select="."/>
            </xsl:for-each>
          </span>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="c:t('event-form.new')"/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <p><xsl:value-of select="c:t('event-form.lead')"/></p>
    <xsl:apply-templates select="form[@name = 'event']"/>
  </div>
</xsl:template>

<!-- The fields in fieldsets, each with a legend. A field the daemon adds
     later and that no group names shows after the groups. -->
<xsl:variable name="groups" select="concat(
    ' what:title,description,kind,audience',
    ' english:title_en,description_en',
    ' when:starts_at,ends_at,place',
    ' online:online_url',
    ' registration:open_to,capacity,per_org_limit,registration_opens_at,registration_closes_at',
    ' notify:notify_emails,status,change_message ')"/>

<xsl:template match="form[@name = 'event']" mode="c:fields">
  <xsl:call-template name="group"><xsl:with-param name="name" select="'what'"/></xsl:call-template>
  <xsl:call-template name="group"><xsl:with-param name="name" select="'english'"/></xsl:call-template>
  <p><xsl:value-of select="c:t('event-form.sessions.lead')"/></p>
  <xsl:call-template name="group"><xsl:with-param name="name" select="'when'"/></xsl:call-template>
  <xsl:for-each select="field[@row and starts-with(@name, 'starts_at_')]">
    <xsl:variable name="row" select="@row"/>
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset cimolt-fieldset">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <xsl:value-of select="c:t('event-form.group.session', string($row))"/>
      </legend>
      <xsl:apply-templates select="../field[@row = $row]"/>
    </fieldset>
  </xsl:for-each>
  <xsl:call-template name="group"><xsl:with-param name="name" select="'online'"/></xsl:call-template>
  <xsl:call-template name="group"><xsl:with-param name="name" select="'registration'"/></xsl:call-template>
  <xsl:call-template name="group"><xsl:with-param name="name" select="'notify'"/></xsl:call-template>
  <xsl:apply-templates select="field[not(@row)][not(contains(translate($groups, ' :', ',,'), concat(',', @name, ',')))]"/>
</xsl:template>

<!-- One fieldset (context: the form): the fields of group name, in the
     order the group lists them. -->
<xsl:template name="group">
  <xsl:param name="name"/>
  <xsl:variable name="list" select="concat(',', substring-before(substring-after($groups, concat(' ', $name, ':')), ' '), ',')"/>
  <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset cimolt-fieldset">
    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
      <xsl:value-of select="c:t(concat('event-form.group.', $name))"/>
    </legend>
    <xsl:for-each select="field[contains($list, concat(',', @name, ','))]">
      <xsl:sort select="string-length(substring-before($list, concat(',', @name, ',')))" data-type="number"/>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </fieldset>
</xsl:template>

</xsl:stylesheet>
