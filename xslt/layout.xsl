<?xml version="1.0" encoding="UTF-8"?>
<!--
  The shared layout of every page: HTML5 document, skip link, header with
  the programme's name, main navigation, language switch, main region and
  footer. cimoltd renders each page document (any page with ?format=xml
  shows its document) with xslt/<page name>.xsl, compiled at start-up.

  Adding a page:
  1. xslt/NAME.xsl imports this file, declares xmlns:c="urn:cimolt:xslt"
     with exclude-result-prefixes="c", and supplies for <page>:
       <xsl:template match="page" mode="c:title">  the page title (text)
       <xsl:template match="page" mode="c:main">   the content of <main>,
                                                     starting with its <h1>
     and optionally mode="c:head" for extra <head> elements.
  2. Every visible text is c:t('KEY', arg1, ...), with KEY in both
     catalogues (messages-nl.xml, messages-en.xml); see messages.xsl.
     Dates: c:date(start), c:time(start), c:when(event).
  3. A menu item is a row in <c:data name="nav-items"> below.
     Forms (<form> in the page document) render with
     <xsl:apply-templates select="form[@name = 'NAME']"/>, see forms.xsl;
     <notice> elements show at the top of main by themselves.
  4. Texts from the database are Dutch: call c:data-lang inside the element
     that shows one.
  5. Add a sample page document to tests/browser/fixtures/: tests/browser/run
     renders each one (xsltproc, with c:t from tests/browser/xsltproc-t.xsl)
     and checks it with the Nu HTML checker, and with axe in Chromium.
     By hand: tests/browser/render tests/browser/fixtures/home-nl.xml

  Transforms may read no files: no document(). No inline script or style
  (the Content-Security-Policy forbids both), and no output that bypasses
  escaping: every text goes out escaped.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:c="urn:cimolt:xslt"
    extension-element-prefixes="c"
    exclude-result-prefixes="exsl c">

<xsl:include href="messages.xsl"/>
<xsl:include href="forms.xsl"/>

<xsl:output method="html" encoding="UTF-8" indent="no"
    doctype-system="about:legacy-compat"/>

<xsl:strip-space elements="*"/>

<!-- The main navigation, one row per item: the page names for which the
     item is the current page (aria-current="page"), those of the pages
     below it (aria-current="true": the item is marked, as the section one
     is in), its address, its catalogue key and, optionally, the user roles
     that see it (space-separated; without roles everyone does). Adding a
     page to the menu is adding a row. The roles follow the daemon's route
     table: an administrator may use every route. -->
<c:data name="nav-items">
  <item pages="home programme" section="event register registration" href="/" key="nav.programme"/>
  <item pages="practices practice" section="practice-form practice-contact" href="/praktijk" key="nav.practices"/>
  <item pages="monitor" section="monitor-round monitor-section monitor-submit monitor-result" href="/monitor" key="nav.monitor" roles="member coordinator"/>
  <item pages="benchmark" href="/benchmark" key="nav.benchmark" roles="member coordinator"/>
  <item pages="advice" section="advice-request" href="/advies" key="nav.advice" roles="member coordinator"/>
  <item pages="members" section="approvals" href="/gemeente/leden" key="nav.members" roles="coordinator"/>
  <item pages="coordinator" href="/gemeente/programma" key="nav.coordinator" roles="coordinator"/>
  <item pages="regional" href="/regio" key="nav.region" roles="regional admin"/>
  <item pages="rounds-admin" href="/beheer/monitor" key="nav.rounds" roles="organiser admin"/>
  <item pages="overview" href="/beheer/overzicht" key="nav.overview" roles="organiser admin"/>
  <item pages="advice-admin" href="/beheer/advies" key="nav.advice-admin" roles="organiser admin"/>
  <item pages="beheer" section="event-admin event-form attendance org-overview practices-admin practice-review" href="/beheer" key="nav.beheer" roles="organiser admin"/>
  <item pages="deliveries" href="/beheer/berichten" key="nav.deliveries" roles="organiser admin"/>
  <item pages="texts-admin" section="text-form text-revision" href="/beheer/teksten" key="nav.texts" roles="organiser admin"/>
  <item pages="users" href="/beheer/gebruikers" key="nav.users" roles="admin"/>
  <item pages="organisations" href="/beheer/organisaties" key="nav.organisations" roles="admin"/>
  <item pages="audit" href="/beheer/audit" key="nav.audit" roles="admin"/>
</c:data>

<!-- The information pages the footer of every page links to: path and
     the catalogue key of the title (info.PAGE.title). -->
<c:data name="info-pages">
  <item page="over"/>
  <item page="contact"/>
  <item page="privacy"/>
  <item page="toegankelijkheid"/>
  <item page="help"/>
</c:data>

<xsl:template match="/">
  <xsl:apply-templates select="page"/>
</xsl:template>

<xsl:template match="page">
  <xsl:variable name="title">
    <xsl:apply-templates select="." mode="c:title"/>
  </xsl:variable>
  <html lang="{$c:lang}" class="voorbeeld-theme utrecht-html cimolt">
    <head>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>
        <xsl:choose>
          <xsl:when test="/page//form//error">
            <xsl:value-of select="c:t('site.title.errors', normalize-space($title))"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="c:t('site.title', normalize-space($title))"/>
          </xsl:otherwise>
        </xsl:choose>
      </title>
      <link rel="icon" href="/static/favicon.svg?v={/page/@version}" type="image/svg+xml"/>
      <link rel="stylesheet" href="/static/vendor/voorbeeld/theme.css?v={/page/@version}"/>
      <link rel="stylesheet" href="/static/vendor/utrecht/html.css?v={/page/@version}"/>
      <link rel="stylesheet" href="/static/vendor/utrecht/components.css?v={/page/@version}"/>
      <link rel="stylesheet" href="/static/cimolt.css?v={/page/@version}"/>
      <xsl:apply-templates select="." mode="c:head"/>
    </head>
    <body class="cimolt-page-{@name}">
      <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        <xsl:value-of select="c:t('skip-link')"/>
      </a>
      <xsl:call-template name="c:header"/>
      <main id="main" class="cimolt-main" tabindex="-1">
        <div class="cimolt-container">
          <xsl:call-template name="c:notices"/>
          <xsl:apply-templates select="." mode="c:main"/>
        </div>
      </main>
      <xsl:call-template name="c:footer"/>
    </body>
  </html>
</xsl:template>

<!-- Defaults, overridden by the page stylesheets. -->
<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('site.name')"/>
</xsl:template>
<xsl:template match="page" mode="c:main"/>
<xsl:template match="page" mode="c:head"/>

<!-- Header: name and tagline, language switch, who is signed in, main
     navigation. -->
<xsl:template name="c:header">
  <!-- cimoltd draws it in C (fcgi/render-layout.c); the fallback is the
       same in XSLT, which xsltproc runs, and which the C follows to the
       byte. -->
  <c:header>
  <xsl:fallback>
  <header class="cimolt-header">
    <div class="cimolt-container cimolt-header__bar">
      <a class="cimolt-brand" href="/">
        <img class="cimolt-brand__mark" src="/static/favicon.svg?v={/page/@version}" alt="" width="48" height="48"/>
        <span class="cimolt-brand__text">
          <span class="cimolt-brand__short"><xsl:value-of select="c:t('site.short-name')"/></span>
          <span class="cimolt-brand__name"><xsl:value-of select="c:t('site.name')"/></span>
        </span>
      </a>
      <div class="cimolt-header__tools">
        <xsl:apply-templates select="/page/languages"/>
        <xsl:call-template name="c:user"/>
      </div>
    </div>
    <div class="cimolt-container">
      <p class="cimolt-tagline"><xsl:value-of select="c:t('site.tagline')"/></p>
    </div>
    <nav class="cimolt-nav" aria-label="{c:t('nav.label')}">
      <div class="cimolt-container">
        <ul class="cimolt-nav__list">
          <xsl:for-each select="c:data('nav-items')[not(@roles) or contains(concat(' ', @roles, ' '), concat(' ', $c:role, ' '))]">
            <li class="cimolt-nav__item">
              <a class="cimolt-nav__link" href="{@href}">
                <xsl:choose>
                  <xsl:when test="contains(concat(' ', @pages, ' '), concat(' ', $c:page-name, ' '))">
                    <xsl:attribute name="aria-current">page</xsl:attribute>
                  </xsl:when>
                  <xsl:when test="contains(concat(' ', @section, ' '), concat(' ', $c:page-name, ' '))">
                    <xsl:attribute name="aria-current">true</xsl:attribute>
                  </xsl:when>
                </xsl:choose>
                <xsl:value-of select="c:t(@key)"/>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </nav>
  </header>
  </xsl:fallback>
  </c:header>
</xsl:template>

<!-- Who is signed in: name and organisation, a link to the account page
     and a button to sign out (a POST with the csrf field). Anonymous
     visitors get a link to sign in. -->
<xsl:template name="c:user">
  <xsl:variable name="user" select="/page/user"/>
  <xsl:choose>
    <xsl:when test="$user/@role and $user/@role != 'anonymous'">
      <div class="cimolt-user">
        <p class="cimolt-user__who">
          <span class="cimolt-visually-hidden"><xsl:value-of select="c:t('user.signed-in-as')"/><xsl:text> </xsl:text></span>
          <span class="cimolt-user__name"><xsl:value-of select="$user/@name"/></span>
          <xsl:if test="normalize-space($user/@organisation)">
            <xsl:text> </xsl:text>
            <span class="cimolt-user__org"><xsl:value-of select="$user/@organisation"/></span>
          </xsl:if>
        </p>
        <a class="cimolt-user__account" href="/account">
          <xsl:if test="$c:page-name = 'account'">
            <xsl:attribute name="aria-current">page</xsl:attribute>
          </xsl:if>
          <xsl:value-of select="c:t('user.account')"/>
        </a>
        <form class="cimolt-user__sign-out" method="post" action="/uitloggen">
          <input type="hidden" name="csrf" value="{/page/csrf}"/>
          <button type="submit" class="utrecht-button utrecht-button--secondary-action cimolt-user__button">
            <xsl:value-of select="c:t('user.sign-out')"/>
          </button>
        </form>
      </div>
    </xsl:when>
    <xsl:otherwise>
      <div class="cimolt-user">
        <a class="cimolt-user__sign-in" href="/inloggen">
          <xsl:if test="$c:page-name = 'login'">
            <xsl:attribute name="aria-current">page</xsl:attribute>
          </xsl:if>
          <xsl:value-of select="c:t('user.sign-in')"/>
        </a>
      </div>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The page's name and the user's role, for the menu (read from the
     source document here because inside the for-each above the context is
     the menu table). -->
<xsl:variable name="c:page-name" select="string(/page/@name)"/>
<xsl:variable name="c:role" select="string(/page/user/@role)"/>

<!-- c:data-lang: call first inside an element that shows a text from the
     database (an event's title or description). Those texts are Dutch
     unless the element, or the <event> it belongs to, has a lang attribute;
     when that differs from the page's language the output element gets a
     lang attribute, so screen readers pronounce it right (WCAG 3.1.2). -->
<xsl:template name="c:data-lang">
  <xsl:variable name="l">
    <xsl:choose>
      <xsl:when test="@lang"><xsl:value-of select="@lang"/></xsl:when>
      <xsl:when test="parent::event/@lang"><xsl:value-of select="../@lang"/></xsl:when>
      <xsl:otherwise>nl</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:if test="$l != $c:lang">
    <xsl:attribute name="lang"><xsl:value-of select="$l"/></xsl:attribute>
  </xsl:if>
</xsl:template>

<!-- Language switch: one link per language the daemon offers; each link
     text is the language's own name, marked with that language. -->
<xsl:template match="languages">
  <nav class="cimolt-languages" aria-label="{c:t('languages.label')}">
    <ul class="cimolt-languages__list">
      <xsl:for-each select="language">
        <li class="cimolt-languages__item">
          <a class="cimolt-languages__link" href="{@href}" hreflang="{@code}" lang="{@code}">
            <xsl:if test="@current = 'yes'">
              <xsl:attribute name="aria-current">true</xsl:attribute>
            </xsl:if>
            <xsl:value-of select="c:t(concat('language.', @code))"/>
          </a>
        </li>
      </xsl:for-each>
    </ul>
  </nav>
</xsl:template>

<xsl:template name="c:footer">
  <!-- cimoltd draws it in C (fcgi/render-layout.c); the fallback is the
       same in XSLT, which xsltproc runs, and which the C follows to the
       byte. -->
  <c:footer>
  <xsl:fallback>
  <footer class="cimolt-footer">
    <div class="cimolt-container">
      <h2 class="cimolt-visually-hidden"><xsl:value-of select="c:t('footer.label')"/></h2>
      <p class="cimolt-footer__name"><xsl:value-of select="c:t('footer.name')"/></p>
      <p><xsl:value-of select="c:t('footer.programme')"/></p>
      <p><xsl:value-of select="c:t('footer.network')"/></p>
      <xsl:variable name="info-page" select="string(/page/info/@page)"/>
      <nav class="cimolt-footer__nav" aria-label="{c:t('footer.links')}">
        <ul class="cimolt-footer__links">
          <xsl:for-each select="c:data('info-pages')">
            <li>
              <a class="cimolt-footer__link" href="/{@page}">
                <xsl:if test="$c:page-name = 'info' and $info-page = @page">
                  <xsl:attribute name="aria-current">page</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="c:t(concat('info.', @page, '.title'))"/>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
    </div>
  </footer>
  </xsl:fallback>
  </c:footer>
</xsl:template>

</xsl:stylesheet>
