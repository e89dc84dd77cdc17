<?xml version="1.0" encoding="UTF-8"?>
<!--
  The programme page (page name "home" at /, and "programme" at /programma
  through programme.xsl): what the programme offers, then every event in
  the page document as a card with its audience, date and time, place,
  places left, the per-municipality limit and a link to register. A
  municipality's staff signed in also see when their monitor is due
  (<deadline year opens date days-left opened round/>, as on /monitor).

  The named templates below serve every page that shows an event (event,
  register, registration, event-admin, attendance import this file);
  their context is an <event>:
    registration-state   a badge when one cannot simply register
    event-facts          audience, when, where, places, limits as a <dl>
    where                the place, or "Online"
    places               places left of the capacity
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    extension-element-prefixes="c"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('home.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('home.title')"/></h1>
  <xsl:for-each select="deadline[@round != 'submitted']">
    <div class="utrecht-alert utrecht-alert--info cimolt-alert cimolt-deadline" id="deadline-{@year}">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <p>
            <xsl:choose>
              <xsl:when test="@opened = 'no'"><xsl:value-of select="c:t('monitor.deadline.not-open', @year, c:iso-date(@opens), c:iso-date(@date))"/></xsl:when>
              <xsl:when test="number(@days-left) &lt; 0"><xsl:value-of select="c:t('monitor.deadline.passed', @year, c:iso-date(@date))"/></xsl:when>
              <xsl:when test="number(@days-left) = 0"><xsl:value-of select="c:t('monitor.deadline.today', @year, c:iso-date(@date))"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t('monitor.deadline.open', @year, c:iso-date(@date), c:t(concat('monitor.days', substring('.one', 1, 4 * (number(@days-left) = 1))), @days-left))"/></xsl:otherwise>
            </xsl:choose>
            <xsl:text> </xsl:text>
            <a class="utrecht-link" href="/monitor/{@year}"><xsl:value-of select="c:t('monitor.deadline.link', @year)"/></a>
          </p>
        </div>
      </div>
    </div>
  </xsl:for-each>
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

<!-- One event as a card: kind, title (a link to the event's page), badge,
     description, facts and the link to register. -->
<xsl:template match="event">
  <!-- cimoltd draws it in C (fcgi/render-facts.c); the fallback is the
       same in XSLT, which xsltproc runs, and which the C follows to the
       byte. -->
  <c:event-card>
  <xsl:fallback>
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
        <xsl:call-template name="register-link"/>
      </p>
    </xsl:if>
  </li>
  </xsl:fallback>
  </c:event-card>
</xsl:template>

<!-- The link to an event's registration form, as a button; screen
     readers also hear the event's title (a list of cards has one such
     link per event). When the event is full, or the visitor's
     municipality at its limit, it says that the waiting list is what is
     left. -->
<xsl:template name="register-link">
  <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/programma/{@id}/aanmelden">
    <xsl:choose>
      <xsl:when test="@registration = 'full' or (org-places-left and number(org-places-left) &lt;= 0)">
        <xsl:value-of select="c:t('event.register.waiting')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="c:t('event.register')"/></xsl:otherwise>
    </xsl:choose>
    <span class="cimolt-visually-hidden">
      <xsl:text> </xsl:text>
      <xsl:value-of select="c:t('form.button-context', title)"/>
    </span>
  </a>
</xsl:template>

<!-- A badge when one cannot simply register: a draft, a cancelled event,
     registration closed or not open yet, or full (new registrations join
     the waiting list). -->
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

<!-- The facts of an event (context: <event>) as a description list: for
     whom (on an event open to everyone: everyone), when, where, places
     left in total, the limit per municipality (or organisation), and for a
     signed-in member of a municipality, that municipality's places.
     Optional <registration-opens>/<registration-closes> (shaped like
     <start>) add when registration opens or closes. -->
<!-- The sessions of the event in context, one <li> each: when, and where
     when it has a place. -->
<xsl:template name="session-items">
  <xsl:for-each select="sessions/session">
    <li>
      <time datetime="{start/@date}T{substring(start/@time, 1, 5)}">
        <xsl:value-of select="c:when(.)"/>
      </time>
      <xsl:if test="normalize-space(place)">
        <xsl:value-of select="concat(', ', place)"/>
      </xsl:if>
    </li>
  </xsl:for-each>
</xsl:template>

<xsl:template name="event-facts">
  <!-- cimoltd draws them in C (fcgi/render-facts.c); the fallback is the
       same in XSLT, which xsltproc runs, and which the C follows to the
       byte. -->
  <c:event-facts>
  <xsl:fallback>
  <dl class="cimolt-facts">
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('event.audience')"/></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="@open-to = 'everyone'"><xsl:value-of select="c:t('event.open-to.everyone')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="c:t(concat('event.audience.', @audience))"/></xsl:otherwise>
        </xsl:choose>
      </dd>
    </div>
    <xsl:choose>
      <!-- Several sessions: a list, each when and where. -->
      <xsl:when test="count(sessions/session) &gt; 1">
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('event.sessions')"/></dt>
          <dd>
            <ul class="cimolt-sessions">
              <xsl:call-template name="session-items"/>
            </ul>
          </dd>
        </div>
        <xsl:if test="normalize-space(online-url)">
          <div class="cimolt-facts__row">
            <dt><xsl:value-of select="c:t('event.where')"/></dt>
            <dd><xsl:value-of select="c:t('event.online-too')"/></dd>
          </div>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
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
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@status != 'cancelled'">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('event.places')"/></dt>
        <dd><xsl:call-template name="places"/></dd>
      </div>
    </xsl:if>
    <xsl:if test="normalize-space(per-org-limit)">
      <!-- per municipality, or on an open event per organisation -->
      <xsl:variable name="open" select="substring('.open', 1, 5 * (@open-to = 'everyone'))"/>
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t(concat('event.per-org', $open))"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="number(per-org-limit) = 1">
              <xsl:value-of select="c:t(concat('event.per-org-limit', $open, '.one'))"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="c:t(concat('event.per-org-limit', $open), number(per-org-limit))"/>
            </xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
    </xsl:if>
    <xsl:if test="org-confirmed and @status != 'cancelled'">
      <div class="cimolt-facts__row">
        <dt>
          <xsl:choose>
            <xsl:when test="normalize-space(/page/user/@organisation)">
              <xsl:value-of select="/page/user/@organisation"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="c:t('event.own-org')"/></xsl:otherwise>
          </xsl:choose>
        </dt>
        <dd>
          <xsl:choose>
            <xsl:when test="normalize-space(per-org-limit) and number(org-places-left) &lt;= 0">
              <xsl:value-of select="c:t('event.own-org.full', number(org-confirmed), number(per-org-limit))"/>
            </xsl:when>
            <xsl:when test="normalize-space(per-org-limit)">
              <xsl:value-of select="c:t('event.own-org.count', number(org-confirmed), number(per-org-limit), number(org-places-left))"/>
            </xsl:when>
            <xsl:when test="number(org-confirmed) = 1">
              <xsl:value-of select="c:t('event.own-org.count-no-limit.one')"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="c:t('event.own-org.count-no-limit', number(org-confirmed))"/>
            </xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
    </xsl:if>
    <xsl:if test="@status != 'cancelled' and (@registration = 'open' or @registration = 'full') and registration-closes/@date">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('event.registration-closes')"/></dt>
        <dd>
          <time datetime="{registration-closes/@date}T{substring(registration-closes/@time, 1, 5)}">
            <xsl:value-of select="c:t('format.datetime', c:date(registration-closes), c:time(registration-closes))"/>
          </time>
        </dd>
      </div>
    </xsl:if>
    <xsl:if test="@registration = 'not-yet' and registration-opens/@date">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('event.registration-opens')"/></dt>
        <dd>
          <time datetime="{registration-opens/@date}T{substring(registration-opens/@time, 1, 5)}">
            <xsl:value-of select="c:t('format.datetime', c:date(registration-opens), c:time(registration-opens))"/>
          </time>
        </dd>
      </div>
    </xsl:if>
  </dl>
  </xsl:fallback>
  </c:event-facts>
</xsl:template>

<!-- Where: the place, "Online" when there is only an online address, or
     the place with a note that it can also be followed online. The online
     address itself is not shown on the public pages (registrants get it
     on their status page). Place names are proper names, so they get no
     lang attribute (WCAG 3.1.2 exempts them). -->
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

<!-- Places left of the capacity; when none are left, that new
     registrations join the waiting list (and how many wait). -->
<xsl:template name="places">
  <xsl:variable name="left" select="number(places-left)"/>
  <xsl:variable name="capacity" select="number(capacity)"/>
  <xsl:choose>
    <xsl:when test="$left &lt;= 0 and number(waiting) &gt; 0">
      <xsl:value-of select="c:t('event.full.waiting', '', $capacity, number(waiting))"/>
    </xsl:when>
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
