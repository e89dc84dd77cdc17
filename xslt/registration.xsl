<?xml version="1.0" encoding="UTF-8"?>
<!--
  A registration's own page (page name "registration", GET
  /aanmelding/{token}), reached through the link in the confirmation:
    <registration status="confirmed|waiting|cancelled|pending|expired|approval"
        position="2"? held="yes|no"? name email job-title organisation
        created> <until .../>? <event .../> </registration>
    <form name="confirm" action="/aanmelding/{token}/bevestigen"/>  (pending)
    <cancel href="/aanmelding/{token}/annuleren"/>  (not when cancelled or expired)
  The page root has move="yes" for a pending registration that takes over
  a colleague's place (the coordinator moved it).
  Cancelling asks first, on a page of its own (GET
  /aanmelding/{token}/annuleren, the same document with
  <form name="cancel" action="/aanmelding/{token}/annuleren"/> instead of
  <cancel/> and no confirm form): what will be cancelled, and the button
  (the POST).
  A pending registration (the link of the first mail leads here) asks to
  be confirmed with a button, a POST: a mail scanner that follows the
  link confirms nothing. It says until when (until) a place is kept for
  it (held="yes"), or that it joins the waiting list.
  The status (confirmed, on the waiting list at a place, or cancelled),
  what was registered, the event (with its online address for a confirmed
  place, and the calendar file) and a button to cancel. Right after
  cancelling (notice registration.cancelled) the status itself is the
  message. An unknown link gets <invalid-token/> (status 404).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="home.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:choose>
    <xsl:when test="form[@name = 'cancel']"><xsl:value-of select="c:t('registration.cancel.title')"/></xsl:when>
    <xsl:when test="invalid-token"><xsl:value-of select="c:t('registration.invalid.title')"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('registration.title')"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The status below says it: no second message on top. -->
<xsl:template match="notice[@key = 'registration.cancelled'][/page/registration/@status = 'cancelled']" mode="c:notice"/>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-narrow">
    <h1><xsl:apply-templates select="." mode="c:title"/></h1>
    <xsl:choose>
      <xsl:when test="invalid-token">
        <p><xsl:value-of select="c:t('registration.invalid')"/></p>
        <p><xsl:value-of select="c:t('registration.invalid.again')"/></p>
        <p><a class="utrecht-link" href="/programma"><xsl:value-of select="c:t('registration.to-programme')"/></a></p>
      </xsl:when>
      <xsl:when test="form[@name = 'cancel']">
        <!-- Asks before cancelling: what, and the button. -->
        <p><xsl:value-of select="c:t('registration.cancel.ask', string(registration/event/title))"/></p>
        <xsl:apply-templates select="form[@name = 'cancel']">
          <xsl:with-param name="level" select="2"/>
        </xsl:apply-templates>
        <p>
          <a class="utrecht-link" href="{substring-before(form[@name = 'cancel']/@action, '/annuleren')}">
            <xsl:value-of select="c:t('registration.cancel.keep')"/>
          </a>
        </p>
        <xsl:apply-templates select="registration" mode="details"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="registration"/>
        <xsl:if test="cancel and not(registration/event/@status = 'cancelled')">
          <section class="cimolt-section" aria-labelledby="cancel-title">
            <h2 id="cancel-title"><xsl:value-of select="c:t('registration.cancel.heading')"/></h2>
            <p><xsl:value-of select="c:t('registration.cancel.text')"/></p>
            <p>
              <a class="utrecht-link" href="{cancel/@href}">
                <xsl:value-of select="c:t('registration.cancel.link')"/>
              </a>
            </p>
          </section>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

<xsl:template match="registration">
  <xsl:variable name="title" select="string(event/title)"/>
  <!-- The status, as an alert: green for a place, yellow for the waiting
       list, plain once cancelled. -->
  <xsl:variable name="kind">
    <xsl:choose>
      <xsl:when test="@status != 'cancelled' and event/@status = 'cancelled'">warning</xsl:when>
      <xsl:when test="@status = 'confirmed'">ok</xsl:when>
      <xsl:when test="@status = 'waiting' or @status = 'pending'">warning</xsl:when>
      <xsl:otherwise>info</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <div class="utrecht-alert utrecht-alert--{$kind} cimolt-alert cimolt-registration-status cimolt-registration-status--{@status}">
    <xsl:if test="/page/notice[@key = 'registration.cancelled'] and @status = 'cancelled'">
      <xsl:attribute name="role">status</xsl:attribute>
    </xsl:if>
    <div class="utrecht-alert__content">
      <div class="utrecht-alert__message">
        <xsl:choose>
          <xsl:when test="@status != 'cancelled' and event/@status = 'cancelled'">
            <h2 class="cimolt-alert__title"><xsl:value-of select="c:t('registration.event-cancelled')"/></h2>
            <p><xsl:value-of select="c:t('registration.event-cancelled.text', $title)"/></p>
          </xsl:when>
          <xsl:when test="@status = 'confirmed'">
            <h2 class="cimolt-alert__title"><xsl:value-of select="c:t('registration.status.confirmed')"/></h2>
            <p><xsl:value-of select="c:t('registration.status.confirmed.text', $title)"/></p>
          </xsl:when>
          <xsl:when test="@status = 'waiting'">
            <h2 class="cimolt-alert__title">
              <xsl:choose>
                <xsl:when test="number(@position) &gt; 0"><xsl:value-of select="c:t('registration.status.waiting', number(@position))"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="c:t('registration.status.waiting.plain')"/></xsl:otherwise>
              </xsl:choose>
            </h2>
            <!-- Waiting while places are free: the limit per municipality
                 (per organisation on an open event) is why. -->
            <xsl:choose>
              <xsl:when test="number(event/places-left) &gt; 0 and event/@open-to = 'everyone'">
                <p><xsl:value-of select="c:t('registration.status.waiting.org-limit.open', $title)"/></p>
              </xsl:when>
              <xsl:when test="number(event/places-left) &gt; 0">
                <p><xsl:value-of select="c:t('registration.status.waiting.org-limit', $title)"/></p>
              </xsl:when>
              <xsl:otherwise>
                <p><xsl:value-of select="c:t('registration.status.waiting.text', $title)"/></p>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:when test="@status = 'pending' and /page/@move = 'yes'">
            <h2 class="cimolt-alert__title"><xsl:value-of select="c:t('registration.status.pending')"/></h2>
            <p><xsl:value-of select="c:t('registration.status.pending.move', $title, @organisation, concat(c:date(until), ', ', c:time(until)))"/></p>
          </xsl:when>
          <xsl:when test="@status = 'pending'">
            <h2 class="cimolt-alert__title"><xsl:value-of select="c:t('registration.status.pending')"/></h2>
            <p>
              <xsl:value-of select="c:t(concat('registration.status.pending.', substring('waiting', 1, 7 * (@held != 'yes')), substring('held', 1, 4 * (@held = 'yes'))),
                  $title, concat(c:date(until), ', ', c:time(until)))"/>
            </p>
          </xsl:when>
          <xsl:when test="@status = 'expired' or @status = 'approval'">
            <h2 class="cimolt-alert__title"><xsl:value-of select="c:t(concat('registration.status.', @status))"/></h2>
            <p><xsl:value-of select="c:t(concat('registration.status.', @status, '.text'), $title)"/></p>
            <xsl:if test="@status = 'expired' and (event/@registration = 'open' or event/@registration = 'full')">
              <p>
                <a class="utrecht-link" href="/programma/{event/@id}/aanmelden">
                  <xsl:value-of select="c:t('registration.register-again')"/>
                </a>
              </p>
            </xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <h2 class="cimolt-alert__title"><xsl:value-of select="c:t('registration.status.cancelled')"/></h2>
            <p><xsl:value-of select="c:t('registration.status.cancelled.text', $title)"/></p>
            <xsl:if test="event/@registration = 'open' or event/@registration = 'full'">
              <p>
                <a class="utrecht-link" href="/programma/{event/@id}/aanmelden">
                  <xsl:value-of select="c:t('registration.register-again')"/>
                </a>
              </p>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </div>
    </div>
  </div>

  <!-- Confirming comes first: it is what the link was sent for. -->
  <xsl:if test="/page/form[@name = 'confirm']">
    <xsl:apply-templates select="/page/form[@name = 'confirm']">
      <xsl:with-param name="level" select="2"/>
    </xsl:apply-templates>
    <p><xsl:value-of select="c:t('registration.confirm.not-me')"/></p>
  </xsl:if>

  <xsl:apply-templates select="." mode="details"/>
</xsl:template>

<!-- What was registered, and the event. -->
<xsl:template match="registration" mode="details">
  <h2><xsl:value-of select="c:t('registration.details')"/></h2>
  <dl class="cimolt-facts cimolt-facts--plain">
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('registration.name')"/></dt>
      <dd><xsl:value-of select="@name"/></dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('registration.organisation')"/></dt>
      <dd><xsl:value-of select="@organisation"/></dd>
    </div>
    <xsl:if test="normalize-space(@job-title)">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('registration.job-title')"/></dt>
        <dd><xsl:value-of select="@job-title"/></dd>
      </div>
    </xsl:if>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('registration.email')"/></dt>
      <dd class="cimolt-break"><xsl:value-of select="@email"/></dd>
    </div>
    <xsl:if test="c:iso-datetime(@created) != ''">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('registration.created')"/></dt>
        <dd>
          <xsl:call-template name="c:timestamp">
            <xsl:with-param name="s" select="@created"/>
          </xsl:call-template>
        </dd>
      </div>
    </xsl:if>
  </dl>

  <xsl:for-each select="event">
    <section class="cimolt-section" aria-labelledby="event-title">
      <h2 id="event-title">
        <a class="utrecht-link" href="/programma/{@id}">
          <xsl:for-each select="title">
            <xsl:call-template name="c:data-lang"/>
            <xsl:value-of select="."/>
          </xsl:for-each>
        </a>
      </h2>
      <xsl:call-template name="registration-state"/>
      <xsl:call-template name="event-facts"/>
      <!-- The online address is for those with a place. -->
      <xsl:if test="../@status = 'confirmed' and normalize-space(online-url) and @status != 'cancelled'">
        <p>
          <xsl:value-of select="c:t('registration.online')"/>
          <xsl:text> </xsl:text>
          <a class="utrecht-link cimolt-break" href="{normalize-space(online-url)}"><xsl:value-of select="normalize-space(online-url)"/></a>
        </p>
      </xsl:if>
      <xsl:if test="../@status != 'cancelled' and @status != 'cancelled'">
        <p>
          <a class="utrecht-link" href="/programma/{@id}.ics" type="text/calendar">
            <xsl:value-of select="c:t('event.calendar')"/>
          </a>
        </p>
      </xsl:if>
    </section>
  </xsl:for-each>
</xsl:template>

</xsl:stylesheet>
