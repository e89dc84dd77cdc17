<?xml version="1.0" encoding="UTF-8"?>
<!--
  The list of outgoing messages (page name "deliveries", GET
  /beheer/berichten; organisers): a page of messages, newest first,
  <deliveries><message id uuid type status attempts created sent next
  last-error subject recipients purged last-attempt last-transport
  last-result/>...</deliveries>, each with its recipients, subject,
  status and newest attempt, a link to its own page (delivery.xsl) and,
  when it failed, a button to send it again (POST
  /beheer/berichten/{id}/opnieuw).

  The search, <search q kind total page pages/> with <form name="search">
  (field q, and pagina hidden; their <error>s on a 422), finds the
  messages to one address or with words in their subject or recipients;
  <pagination> has the links to the other pages (as on /praktijk).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<!-- Message types with a name in the catalogues (message.type.TYPE);
     others show their code. -->
<xsl:variable name="known-types" select="concat(' account.invited account.reset account.erasure-requested',
    ' registration.created registration.cancelled registration.promoted',
    ' registration.promotion registration.confirmation registration.verify',
    ' registration.approval registration.cancellation',
    ' registration.coordinator-cancellation registration.organiser-cancellation',
    ' registration.transfer-request registration.transfer',
    ' event.changed event.cancelled monitor.reminder monitor.submitted',
    ' advice.requested advice.received advice.replied advice.status advice.message',
    ' practice.submitted practice.published practice.returned practice.contact ')"/>

<!-- The name of the message type of m. -->
<xsl:template name="type-name">
  <xsl:param name="m" select="."/>
  <xsl:choose>
    <xsl:when test="contains($known-types, concat(' ', $m/@type, ' '))">
      <xsl:value-of select="c:t(concat('message.type.', $m/@type))"/>
    </xsl:when>
    <xsl:otherwise><code><xsl:value-of select="$m/@type"/></code></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The status of m, with when it was sent or will be tried next. -->
<xsl:template name="status">
  <xsl:param name="m" select="."/>
  <span class="cimolt-status cimolt-status--{$m/@status}">
    <xsl:value-of select="c:t(concat('deliveries.status.', $m/@status))"/>
  </span>
  <xsl:choose>
    <xsl:when test="$m/@status = 'sent' and normalize-space($m/@sent)">
      <span class="cimolt-small">
        <xsl:value-of select="c:t('deliveries.sent-at')"/>
        <xsl:text> </xsl:text>
        <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="$m/@sent"/></xsl:call-template>
      </span>
    </xsl:when>
    <xsl:when test="$m/@status = 'pending' and normalize-space($m/@next)">
      <span class="cimolt-small">
        <xsl:value-of select="c:t('deliveries.next-at')"/>
        <xsl:text> </xsl:text>
        <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="$m/@next"/></xsl:call-template>
      </span>
    </xsl:when>
  </xsl:choose>
</xsl:template>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('deliveries.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="f" select="form[@name = 'search']"/>
  <h1><xsl:value-of select="c:t('deliveries.title')"/></h1>
  <p><xsl:value-of select="c:t('deliveries.lead')"/></p>

  <form class="cimolt-search" method="get" action="/beheer/berichten" role="search" aria-label="{c:t('deliveries.search.label')}">
    <xsl:if test="$f//error">
      <div class="utrecht-alert utrecht-alert--error cimolt-error-summary" id="search-errors" tabindex="-1" autofocus="autofocus">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            <h2 class="cimolt-error-summary__title"><xsl:value-of select="c:t('form.errors.title')"/></h2>
            <ul class="cimolt-error-summary__list">
              <xsl:for-each select="$f/field/error">
                <li><a href="#search-q"><xsl:value-of select="c:error-text(.)"/></a></li>
              </xsl:for-each>
            </ul>
          </div>
        </div>
      </div>
    </xsl:if>
    <xsl:variable name="q" select="$f/field[@name = 'q']"/>
    <div class="utrecht-form-field cimolt-form-field cimolt-search__q">
      <xsl:if test="$q/error">
        <xsl:attribute name="class">utrecht-form-field utrecht-form-field--invalid cimolt-form-field cimolt-search__q</xsl:attribute>
      </xsl:if>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="search-q"><xsl:value-of select="c:t('form.search.q.label')"/></label>
      </div>
      <div class="utrecht-form-field-description utrecht-form-field__description" id="search-q-hint">
        <xsl:value-of select="c:t('deliveries.search.hint')"/>
      </div>
      <xsl:if test="$q/error">
        <div class="utrecht-form-field-error-message utrecht-form-field__error-message" id="search-q-error">
          <xsl:for-each select="$q/error">
            <p>
              <span class="cimolt-visually-hidden"><xsl:value-of select="c:t('form.error-prefix')"/><xsl:text> </xsl:text></span>
              <xsl:value-of select="c:error-text(.)"/>
            </p>
          </xsl:for-each>
        </div>
      </xsl:if>
      <div class="utrecht-form-field__input cimolt-search__row">
        <input class="utrecht-textbox utrecht-textbox--html-input" id="search-q" name="q" type="search"
            value="{$q/@value}" maxlength="254" autocomplete="off" spellcheck="false">
          <xsl:choose>
            <xsl:when test="$q/error">
              <xsl:attribute name="class">utrecht-textbox utrecht-textbox--html-input utrecht-textbox--invalid</xsl:attribute>
              <xsl:attribute name="aria-invalid">true</xsl:attribute>
              <xsl:attribute name="aria-describedby">search-q-hint search-q-error</xsl:attribute>
            </xsl:when>
            <xsl:otherwise>
              <xsl:attribute name="aria-describedby">search-q-hint</xsl:attribute>
            </xsl:otherwise>
          </xsl:choose>
        </input>
        <button type="submit" class="utrecht-button utrecht-button--primary-action"><xsl:value-of select="c:t('deliveries.search.submit')"/></button>
      </div>
    </div>
    <xsl:for-each select="$f/field[@name = 'pagina']/error">
      <p class="utrecht-form-field-error-message"><xsl:value-of select="c:error-text(.)"/></p>
    </xsl:for-each>
  </form>

  <xsl:if test="not($f//error)">
    <p role="status">
      <xsl:choose>
        <xsl:when test="search/@kind != 'none' and number(search/@total) = 1">
          <xsl:value-of select="c:t('deliveries.found.one', search/@q)"/>
        </xsl:when>
        <xsl:when test="search/@kind != 'none'">
          <xsl:value-of select="c:t('deliveries.found', number(search/@total), search/@q)"/>
        </xsl:when>
        <xsl:when test="number(search/@total) = 1"><xsl:value-of select="c:t('deliveries.total.one')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="c:t('deliveries.total', number(search/@total))"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="search/@pages &gt; 1">
        <xsl:text> </xsl:text>
        <xsl:value-of select="c:t('deliveries.page-of', search/@page, search/@pages)"/>
      </xsl:if>
    </p>
  </xsl:if>

  <xsl:choose>
    <xsl:when test="deliveries/message">
      <table class="cimolt-table cimolt-deliveries">
        <caption><xsl:value-of select="c:t('deliveries.caption')"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="c:t('deliveries.col.message')"/></th>
            <th scope="col"><xsl:value-of select="c:t('deliveries.col.recipients')"/></th>
            <th scope="col"><xsl:value-of select="c:t('deliveries.col.status')"/></th>
            <th scope="col"><xsl:value-of select="c:t('deliveries.col.last-attempt')"/></th>
            <th scope="col"><xsl:value-of select="c:t('deliveries.col.created')"/></th>
            <th scope="col"><xsl:value-of select="c:t('table.col.action')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:apply-templates select="deliveries/message"/>
        </tbody>
      </table>
    </xsl:when>
    <xsl:when test="search/@kind != 'none' or $f//error"/>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('deliveries.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>

  <xsl:if test="pagination/@pages &gt; 1">
    <nav class="cimolt-pagination" aria-label="{c:t('deliveries.pagination.label')}">
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
</xsl:template>

<!-- One message: its subject (a link to its page) and type, recipients,
     status, newest attempt, when it was made, and "send again". -->
<xsl:template match="message">
  <tr id="message-{@id}">
    <th scope="row">
      <a class="utrecht-link" href="/beheer/berichten/{@id}">
        <xsl:choose>
          <xsl:when test="normalize-space(@subject)"><xsl:value-of select="@subject"/></xsl:when>
          <xsl:when test="@purged = 'yes'"><xsl:value-of select="c:t('deliveries.purged')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="c:t('deliveries.no-subject')"/></xsl:otherwise>
        </xsl:choose>
      </a>
      <span class="cimolt-small cimolt-muted"><xsl:call-template name="type-name"/></span>
    </th>
    <td class="cimolt-break">
      <xsl:choose>
        <xsl:when test="normalize-space(@recipients)"><xsl:value-of select="@recipients"/></xsl:when>
        <xsl:when test="@purged = 'yes'"><xsl:value-of select="c:t('deliveries.purged')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="c:t('deliveries.no-recipients')"/></xsl:otherwise>
      </xsl:choose>
    </td>
    <td><xsl:call-template name="status"/></td>
    <td>
      <xsl:choose>
        <xsl:when test="@last-attempt">
          <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@last-attempt"/></xsl:call-template>
          <span class="cimolt-small">
            <xsl:value-of select="c:t(concat('deliveries.transport.', @last-transport))"/>
            <xsl:text>: </xsl:text>
            <xsl:value-of select="c:t(concat('deliveries.result.', @last-result))"/>
          </span>
          <xsl:if test="normalize-space(@last-error)">
            <span class="cimolt-small cimolt-break"><xsl:value-of select="@last-error"/></span>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="c:t('deliveries.no-attempt')"/></xsl:otherwise>
      </xsl:choose>
    </td>
    <td class="cimolt-nowrap">
      <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@created"/></xsl:call-template>
    </td>
    <td>
      <xsl:if test="@status = 'failed' and not(@purged = 'yes')">
        <xsl:call-template name="c:post-button">
          <xsl:with-param name="action" select="concat('/beheer/berichten/', @id, '/opnieuw')"/>
          <xsl:with-param name="label" select="c:t('deliveries.resend')"/>
          <xsl:with-param name="context" select="string(@uuid)"/>
        </xsl:call-template>
      </xsl:if>
    </td>
  </tr>
</xsl:template>

</xsl:stylesheet>
