<?xml version="1.0" encoding="UTF-8"?>
<!--
  The practice library (page name "practices", GET /praktijk): search and
  filters as a plain GET form (works without JavaScript), the message
  for a search that cannot be done (only stop words or symbols, or too
  long), the results of this page, the paging links the daemon made, and
  for municipal staff their own municipality's practices in any state.
  Document: see /work/notes/CONTRACT7.md.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>
<xsl:include href="practice-common.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('practice.list.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:head">
  <link rel="alternate" type="application/atom+xml" href="/praktijk.atom" title="{c:t('practice-feed.title')}"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('practice.list.title')"/></h1>
  <p class="cimolt-lead"><xsl:value-of select="c:t('practice.list.lead')"/></p>
  <xsl:if test="user/@role = 'anonymous'">
    <p class="cimolt-note"><xsl:value-of select="c:t('practice.list.anonymous')"/></p>
  </xsl:if>
  <xsl:if test="user/@role = 'member' or user/@role = 'coordinator'">
    <p class="cimolt-actions">
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/praktijk/nieuw">
        <xsl:value-of select="c:t('practice.list.new')"/>
      </a>
      <xsl:if test="own">
        <a class="utrecht-link" href="#own-title"><xsl:value-of select="c:t('practice.own.link')"/></a>
      </xsl:if>
    </p>
  </xsl:if>
  <xsl:if test="user/@role = 'organiser' or user/@role = 'admin'">
    <p class="cimolt-actions">
      <a class="utrecht-link" href="/beheer/praktijk"><xsl:value-of select="c:t('practice.list.review')"/></a>
    </p>
  </xsl:if>

  <form class="cimolt-search" method="get" action="/praktijk" role="search" aria-label="{c:t('practice.search.label')}">
    <div class="utrecht-form-field cimolt-form-field cimolt-search__q">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="search-q"><xsl:value-of select="c:t('practice.search.q')"/></label>
      </div>
      <div class="utrecht-form-field-description utrecht-form-field__description" id="search-q-hint">
        <xsl:value-of select="c:t('practice.search.q.hint')"/>
      </div>
      <div class="utrecht-form-field__input cimolt-search__row">
        <input class="utrecht-textbox utrecht-textbox--html-input" id="search-q" name="q" type="search"
            value="{search/@q}" aria-describedby="search-q-hint" spellcheck="true"/>
        <button type="submit" class="utrecht-button utrecht-button--primary-action"><xsl:value-of select="c:t('practice.search.submit')"/></button>
      </div>
    </div>
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset cimolt-search__filters">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <xsl:value-of select="c:t('practice.filter.legend')"/>
      </legend>
      <div class="cimolt-search__grid">
        <xsl:for-each select="filters/filter">
          <xsl:variable name="name" select="string(@name)"/>
          <xsl:variable name="value" select="string(@value)"/>
          <div class="utrecht-form-field cimolt-form-field cimolt-search__filter">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="search-{$name}"><xsl:value-of select="c:t(concat('practice.filter.', $name))"/></label>
            </div>
            <div class="utrecht-form-field__input">
              <select class="utrecht-select utrecht-select--html-select" id="search-{$name}" name="{$name}">
                <xsl:if test="$name != 'sorteer'">
                  <option value=""><xsl:value-of select="c:t('practice.filter.any')"/></option>
                </xsl:if>
                <xsl:for-each select="option">
                  <option value="{@value}">
                    <xsl:if test="@value = $value"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                    <xsl:choose>
                      <xsl:when test="@label"><xsl:value-of select="@label"/></xsl:when>
                      <xsl:when test="$name = 'categorie'"><xsl:value-of select="c:t(concat('category.', @value))"/></xsl:when>
                      <xsl:when test="$name = 'thema'"><xsl:value-of select="c:t(concat('theme.', @value))"/></xsl:when>
                      <xsl:when test="$name = 'aspect'"><xsl:value-of select="c:t(concat('aspect.', @value))"/></xsl:when>
                      <xsl:when test="$name = 'sorteer'"><xsl:value-of select="c:t(concat('practice.sort.', @value))"/></xsl:when>
                      <xsl:otherwise><xsl:value-of select="@value"/></xsl:otherwise>
                    </xsl:choose>
                  </option>
                </xsl:for-each>
              </select>
            </div>
          </div>
        </xsl:for-each>
      </div>
      <div class="cimolt-form__actions cimolt-search__actions">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action"><xsl:value-of select="c:t('practice.filter.apply')"/></button>
        <a class="utrecht-link" href="/praktijk"><xsl:value-of select="c:t('practice.search.reset')"/></a>
      </div>
    </fieldset>
  </form>

  <section class="cimolt-section cimolt-practice-results" aria-labelledby="results-title">
    <h2 id="results-title"><xsl:value-of select="c:t('practice.results.title')"/></h2>
    <xsl:choose>
      <xsl:when test="search/@state = 'no-words'">
        <div class="utrecht-alert utrecht-alert--warning cimolt-alert" role="status">
          <div class="utrecht-alert__content">
            <div class="utrecht-alert__message">
              <p><xsl:value-of select="c:t('practice.search.no-words')"/></p>
            </div>
          </div>
        </div>
      </xsl:when>
      <xsl:when test="search/@state = 'too-long'">
        <div class="utrecht-alert utrecht-alert--warning cimolt-alert" role="status">
          <div class="utrecht-alert__content">
            <div class="utrecht-alert__message">
              <p><xsl:value-of select="c:t('practice.search.too-long', '200')"/></p>
            </div>
          </div>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="filtered" select="search/@state = 'ok' or filters/filter[@name != 'sorteer' and @value != '']"/>
        <p class="cimolt-practice-results__count">
          <xsl:choose>
            <xsl:when test="search/@total = 0 and not($filtered)">
              <xsl:value-of select="c:t('practice.list.empty')"/>
            </xsl:when>
            <xsl:when test="search/@total = 0"><xsl:value-of select="c:t('practice.search.none')"/></xsl:when>
            <xsl:when test="search/@state = 'ok' and search/@total = 1">
              <xsl:value-of select="c:t('practice.search.count.q.one', search/@q)"/>
            </xsl:when>
            <xsl:when test="search/@state = 'ok'">
              <xsl:value-of select="c:t('practice.search.count.q', search/@total, search/@q)"/>
            </xsl:when>
            <xsl:when test="search/@total = 1"><xsl:value-of select="c:t('practice.search.count.one')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="c:t('practice.search.count', search/@total)"/></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="search/@pages &gt; 1">
            <xsl:text> </xsl:text>
            <xsl:value-of select="c:t('practice.pagination.of', search/@page, search/@pages)"/>
          </xsl:if>
          <xsl:if test="search/@total &gt; 1">
            <xsl:text> </xsl:text>
            <xsl:value-of select="c:t(concat('practice.sorted.', search/@sort))"/>
          </xsl:if>
        </p>
        <xsl:if test="search/ignored">
          <p class="cimolt-note"><xsl:value-of select="c:t('practice.search.ignored', search/ignored)"/></p>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="practices/practice">
      <ul class="cimolt-practice-list">
        <xsl:apply-templates select="practices/practice" mode="card">
          <xsl:with-param name="working" select="false()"/>
        </xsl:apply-templates>
      </ul>
    </xsl:if>
    <xsl:if test="pagination/@pages &gt; 1">
      <nav class="cimolt-pagination" aria-label="{c:t('practice.pagination.label')}">
        <ul class="cimolt-pagination__list">
          <xsl:for-each select="pagination/link[@rel = 'prev']">
            <li><a class="utrecht-link cimolt-pagination__dir" rel="prev" href="{@href}"><xsl:value-of select="c:t('practice.pagination.prev')"/></a></li>
          </xsl:for-each>
          <xsl:for-each select="pagination/link[@rel = 'page']">
            <xsl:if test="preceding-sibling::link[@rel = 'page'][1]/@n &lt; @n - 1">
              <li class="cimolt-pagination__gap" aria-hidden="true">…</li>
            </xsl:if>
            <li>
              <a class="utrecht-link cimolt-pagination__page" href="{@href}" aria-label="{c:t('practice.pagination.page', @n)}">
                <xsl:if test="@n = ../@page"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
                <xsl:value-of select="@n"/>
              </a>
            </li>
          </xsl:for-each>
          <xsl:for-each select="pagination/link[@rel = 'next']">
            <li><a class="utrecht-link cimolt-pagination__dir" rel="next" href="{@href}"><xsl:value-of select="c:t('practice.pagination.next')"/></a></li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
  </section>

  <xsl:if test="own">
    <section class="cimolt-section" aria-labelledby="own-title">
      <h2 id="own-title"><xsl:value-of select="c:t('practice.own.title')"/></h2>
      <xsl:choose>
        <xsl:when test="own/practice">
          <ul class="cimolt-practice-list">
            <xsl:apply-templates select="own/practice" mode="card"/>
          </ul>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="c:t('practice.own.empty')"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:if>
  <p><a class="utrecht-link" href="/praktijk.atom" type="application/atom+xml"><xsl:value-of select="c:t('practice-feed.link')"/></a></p>
</xsl:template>

</xsl:stylesheet>
