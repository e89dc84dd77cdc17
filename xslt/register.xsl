<?xml version="1.0" encoding="UTF-8"?>
<!--
  The registration form (page name "register", GET/POST
  /programma/{id}/aanmelden): the event in brief, then the form register
  (organisatie, naam, email, functie; wachtlijst once the municipality
  has reached its limit, with the form error register.org-limit). No
  account is needed; a signed-in member finds their details filled in.
  An event open to everyone (event/@open-to) has the form register-open
  instead: every organisation, and gast_organisatie for a guest's.

  When one cannot register (registration closed or not open yet, the event
  cancelled: the event's registration attribute, or the form error the
  daemon gave after a POST), the page says so instead of showing the form.
  When the event is full, it says that a registration joins the waiting
  list.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="home.xsl"/>

<!-- Why one cannot register now, or '': closed, not-yet or cancelled. -->
<xsl:variable name="blocked">
  <xsl:variable name="e" select="/page/form[@name = 'register' or @name = 'register-open']/error
      [@key = 'register.closed' or @key = 'register.not-yet' or @key = 'register.cancelled'][1]"/>
  <xsl:variable name="ev" select="/page/event"/>
  <xsl:choose>
    <xsl:when test="$e"><xsl:value-of select="substring-after($e/@key, 'register.')"/></xsl:when>
    <xsl:when test="$ev/@status = 'cancelled' or $ev/@registration = 'cancelled'">cancelled</xsl:when>
    <xsl:when test="$ev/@registration = 'closed'">closed</xsl:when>
    <xsl:when test="$ev/@registration = 'not-yet'">not-yet</xsl:when>
  </xsl:choose>
</xsl:variable>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('register.title', event/title)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <div class="cimolt-narrow">
    <p class="cimolt-back">
      <a class="utrecht-link" href="/programma/{event/@id}"><xsl:value-of select="c:t('register.back')"/></a>
    </p>
    <h1>
      <xsl:value-of select="c:t('register.heading')"/>
      <span class="cimolt-visually-hidden">: </span>
      <span class="cimolt-heading-sub">
        <xsl:for-each select="event/title">
          <xsl:call-template name="c:data-lang"/>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </span>
    </h1>
    <xsl:for-each select="event">
      <xsl:call-template name="event-facts"/>
    </xsl:for-each>
    <xsl:choose>
      <xsl:when test="$blocked != ''">
        <xsl:call-template name="blocked"/>
      </xsl:when>
      <xsl:otherwise>
        <h2><xsl:value-of select="c:t('register.form-title')"/></h2>
        <xsl:if test="event/@registration = 'full' and not(form/error)">
          <div class="utrecht-alert utrecht-alert--warning cimolt-alert">
            <div class="utrecht-alert__content">
              <div class="utrecht-alert__message">
                <p><xsl:value-of select="c:t('register.full')"/></p>
              </div>
            </div>
          </div>
        </xsl:if>
        <xsl:if test="event/org-confirmed and normalize-space(event/per-org-limit)
            and number(event/org-places-left) &lt;= 0 and not(form/error)">
          <div class="utrecht-alert utrecht-alert--warning cimolt-alert">
            <div class="utrecht-alert__content">
              <div class="utrecht-alert__message">
                <p>
                  <xsl:choose>
                    <xsl:when test="number(event/org-confirmed) = 1">
                      <xsl:value-of select="c:t('register.own-org-full.one', /page/user/@organisation, 1, number(event/per-org-limit))"/>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:value-of select="c:t('register.own-org-full', /page/user/@organisation, number(event/org-confirmed), number(event/per-org-limit))"/>
                    </xsl:otherwise>
                  </xsl:choose>
                </p>
              </div>
            </div>
          </div>
        </xsl:if>
        <p><xsl:value-of select="c:t('register.intro')"/></p>
        <p>
          <xsl:value-of select="c:t('register.privacy')"/>
          <xsl:text> </xsl:text>
          <a class="utrecht-link" href="/privacy"><xsl:value-of select="c:t('register.privacy.link')"/></a>
          <xsl:text>.</xsl:text>
        </p>
        <xsl:apply-templates select="form[@name = 'register' or @name = 'register-open']">
          <xsl:with-param name="level" select="3"/>
        </xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

<!-- Registration is not possible: after a POST the daemon's refusal, as
     an error that takes the focus (the page title starts with "Fout:");
     otherwise a warning. Then the way back to the programme. -->
<xsl:template name="blocked">
  <xsl:variable name="error" select="form/error[@key = concat('register.', $blocked)]"/>
  <xsl:choose>
    <xsl:when test="$error">
      <div class="utrecht-alert utrecht-alert--error cimolt-alert" id="register-errors" tabindex="-1" autofocus="autofocus">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            <h2 class="cimolt-alert__title"><xsl:value-of select="c:t('register.not-stored')"/></h2>
            <p><xsl:value-of select="c:t(concat('register.', $blocked))"/></p>
          </div>
        </div>
      </div>
    </xsl:when>
    <xsl:otherwise>
      <div class="utrecht-alert utrecht-alert--warning cimolt-alert">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            <h2 class="cimolt-alert__title"><xsl:value-of select="c:t(concat('register.blocked.', $blocked))"/></h2>
            <p><xsl:value-of select="c:t(concat('register.blocked.', $blocked, '.text'))"/></p>
          </div>
        </div>
      </div>
    </xsl:otherwise>
  </xsl:choose>
  <p><a class="utrecht-link" href="/programma"><xsl:value-of select="c:t('registration.to-programme')"/></a></p>
</xsl:template>

</xsl:stylesheet>
