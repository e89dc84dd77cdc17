<?xml version="1.0" encoding="UTF-8"?>
<!--
  The programme page (page name "home"): what the programme offers, then
  every event in the page document with its audience, date and time, place,
  places left and the per-municipality limit.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('home.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('home.title')"/></h1>
  <div class="cimolt-intro">
    <p class="cimolt-lead"><xsl:value-of select="c:t('home.lead')"/></p>
    <p><xsl:value-of select="c:t('home.groups.intro')"/></p>
    <ul>
      <li><xsl:value-of select="c:t('home.groups.bestuur')"/></li>
      <li><xsl:value-of select="c:t('home.groups.beleid')"/></li>
      <li><xsl:value-of select="c:t('home.groups.uitvoering')"/></li>
      <li><xsl:value-of select="c:t('home.groups.monitor')"/></li>
    </ul>
    <p><xsl:value-of select="c:t('home.limit')"/></p>
    <p><xsl:value-of select="c:t('home.closing')"/></p>
  </div>
  <h2><xsl:value-of select="c:t('home.events.title')"/></h2>
  <xsl:choose>
    <xsl:when test="events/event">
      <ol class="cimolt-events">
        <xsl:apply-templates select="events/event"/>
      </ol>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('home.events.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- One event as a card: kind, title, description and a list of facts. -->
<xsl:template match="event">
  <li class="cimolt-event cimolt-event--{@status}" id="event-{@id}">
    <p class="cimolt-event__kind">
      <xsl:value-of select="c:t(concat('event.kind.', @kind))"/>
    </p>
    <h3 class="cimolt-event__title">
      <a class="utrecht-link" href="/programma/{@id}">
        <xsl:for-each select="title">
          <xsl:call-template name="c:data-lang"/>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </a>
    </h3>
    <xsl:call-template name="registration-state"/>
    <xsl:if test="normalize-space(description)">
      <p class="cimolt-event__description">
        <xsl:for-each select="description">
          <xsl:call-template name="c:data-lang"/>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </p>
    </xsl:if>
    <xsl:call-template name="event-facts"/>
    <xsl:if test="@registration = 'open' or @registration = 'full'">
      <p class="cimolt-event__register">
        <a class="utrecht-link" href="/programma/{@id}/aanmelden">
          <xsl:value-of select="c:t('event.register')"/>
          <span class="cimolt-visually-hidden">
            <xsl:text> </xsl:text>
            <xsl:value-of select="c:t('form.button-context', title)"/>
          </span>
        </a>
      </p>
    </xsl:if>
  </li>
</xsl:template>

<!-- A badge when one cannot simply register: draft, closed, cancelled,
     not open yet, or full (new registrations join the waiting list). -->
<xsl:template name="registration-state">
  <xsl:choose>
    <xsl:when test="@status = 'draft' or @status = 'cancelled'">
      <p class="cimolt-badge cimolt-badge--{@status}">
        <xsl:value-of select="c:t(concat('event.status.', @status))"/>
      </p>
    </xsl:when>
    <xsl:when test="@registration = 'closed' or @registration = 'not-yet' or @registration = 'full'">
      <p class="cimolt-badge cimolt-badge--{@registration}">
        <xsl:value-of select="c:t(concat('event.registration.', @registration))"/>
      </p>
    </xsl:when>
  </xsl:choose>
</xsl:template>

<!-- The facts of an event (context: <event>) as a description list. -->
<xsl:template name="event-facts">
    <dl class="cimolt-facts">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('event.audience')"/></dt>
        <dd><xsl:value-of select="c:t(concat('event.audience.', @audience))"/></dd>
      </div>
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('event.when')"/></dt>
        <dd>
          <time datetime="{start/@date}T{substring(start/@time, 1, 5)}">
            <xsl:value-of select="c:when(.)"/>
          </time>
        </dd>
      </div>
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('event.where')"/></dt>
        <dd><xsl:call-template name="where"/></dd>
      </div>
      <xsl:if test="@status != 'cancelled'">
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('event.places')"/></dt>
          <dd><xsl:call-template name="places"/></dd>
        </div>
      </xsl:if>
      <xsl:if test="normalize-space(per-org-limit)">
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('event.per-org')"/></dt>
          <dd>
            <xsl:choose>
              <xsl:when test="number(per-org-limit) = 1">
                <xsl:value-of select="c:t('event.per-org-limit.one')"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="c:t('event.per-org-limit', number(per-org-limit))"/>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
      </xsl:if>
      <xsl:if test="org-confirmed">
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('event.own-org')"/></dt>
          <dd>
            <xsl:choose>
              <xsl:when test="per-org-limit">
                <xsl:value-of select="c:t('event.own-org.count', number(org-confirmed), number(per-org-limit))"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="c:t('event.own-org.count-no-limit', number(org-confirmed))"/>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
      </xsl:if>
    </dl>
</xsl:template>

<!-- Where: the place, "Online" when there is only an online address, or
     the place with a note that it can also be followed online. The online
     address itself is not shown on the public programme. Place names are
     proper names, so they get no lang attribute (WCAG 3.1.2 exempts them). -->
<xsl:template name="where">
  <xsl:variable name="place" select="normalize-space(place)"/>
  <xsl:variable name="online" select="normalize-space(online-url) != ''"/>
  <xsl:choose>
    <xsl:when test="$place != '' and $online">
      <xsl:value-of select="c:t('event.place-and-online', $place)"/>
    </xsl:when>
    <xsl:when test="$place != ''"><xsl:value-of select="$place"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('event.online')"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- Places left of the capacity; "full" when none are left. -->
<xsl:template name="places">
  <xsl:variable name="left" select="number(places-left)"/>
  <xsl:variable name="capacity" select="number(capacity)"/>
  <xsl:choose>
    <xsl:when test="$left &lt;= 0">
      <xsl:value-of select="c:t('event.full', '', $capacity)"/>
    </xsl:when>
    <xsl:when test="$left = 1">
      <xsl:value-of select="c:t('event.places-left.one', $left, $capacity)"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="c:t('event.places-left', $left, $capacity)"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
