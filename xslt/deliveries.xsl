<?xml version="1.0" encoding="UTF-8"?>
<!--
  The delivery log (page name "deliveries", GET /beheer/berichten;
  organisers): the newest 100 messages of the outbox,
  <deliveries><message id uuid type status attempts created sent next
  last-error><attempt at transport ok http-status smtp-reply error/>...
  </message></deliveries>, each with its status, attempts (listed in a
  disclosure), last error and, when it failed, a button to send it again
  (POST /beheer/berichten/{id}/opnieuw).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<!-- Message types with a name in the catalogues (message.type.TYPE);
     others show their code. -->
<xsl:variable name="known-types" select="concat(' account.invited account.reset',
    ' registration.created registration.cancelled registration.promoted',
    ' registration.promotion registration.confirmation registration.verify',
    ' registration.approval',
    ' advice.requested',
    ' practice.submitted practice.published practice.returned practice.contact ')"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('deliveries.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('deliveries.title')"/></h1>
  <p><xsl:value-of select="c:t('deliveries.lead')"/></p>
  <xsl:choose>
    <xsl:when test="deliveries/message">
      <table class="cimolt-table cimolt-deliveries">
        <caption><xsl:value-of select="c:t('deliveries.caption')"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="c:t('deliveries.col.message')"/></th>
            <th scope="col"><xsl:value-of select="c:t('deliveries.col.status')"/></th>
            <th scope="col"><xsl:value-of select="c:t('deliveries.col.created')"/></th>
            <th scope="col"><xsl:value-of select="c:t('deliveries.col.attempts')"/></th>
            <th scope="col"><xsl:value-of select="c:t('deliveries.col.last-error')"/></th>
            <th scope="col"><xsl:value-of select="c:t('table.col.action')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:apply-templates select="deliveries/message"/>
        </tbody>
      </table>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('deliveries.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="message">
  <tr id="message-{@id}">
    <th scope="row">
      <xsl:choose>
        <xsl:when test="contains($known-types, concat(' ', @type, ' '))">
          <xsl:value-of select="c:t(concat('message.type.', @type))"/>
        </xsl:when>
        <xsl:otherwise><code><xsl:value-of select="@type"/></code></xsl:otherwise>
      </xsl:choose>
      <span class="cimolt-small cimolt-muted cimolt-break"><xsl:value-of select="@uuid"/></span>
    </th>
    <td>
      <span class="cimolt-status cimolt-status--{@status}">
        <xsl:value-of select="c:t(concat('deliveries.status.', @status))"/>
      </span>
      <xsl:choose>
        <xsl:when test="@status = 'sent' and normalize-space(@sent)">
          <span class="cimolt-small">
            <xsl:value-of select="c:t('deliveries.sent-at')"/>
            <xsl:text> </xsl:text>
            <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@sent"/></xsl:call-template>
          </span>
        </xsl:when>
        <xsl:when test="@status = 'pending' and normalize-space(@next)">
          <span class="cimolt-small">
            <xsl:value-of select="c:t('deliveries.next-at')"/>
            <xsl:text> </xsl:text>
            <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@next"/></xsl:call-template>
          </span>
        </xsl:when>
      </xsl:choose>
    </td>
    <td class="cimolt-nowrap">
      <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@created"/></xsl:call-template>
    </td>
    <td>
      <xsl:choose>
        <xsl:when test="attempt">
          <details class="cimolt-attempts">
            <summary>
              <xsl:choose>
                <xsl:when test="number(@attempts) = 1"><xsl:value-of select="c:t('deliveries.attempts.one')"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="c:t('deliveries.attempts', number(@attempts))"/></xsl:otherwise>
              </xsl:choose>
            </summary>
            <ol class="cimolt-attempts__list">
              <xsl:apply-templates select="attempt"/>
            </ol>
          </details>
        </xsl:when>
        <xsl:when test="number(@attempts) = 1"><xsl:value-of select="c:t('deliveries.attempts.one')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="c:t('deliveries.attempts', number(@attempts))"/></xsl:otherwise>
      </xsl:choose>
    </td>
    <td class="cimolt-break"><xsl:value-of select="@last-error"/></td>
    <td>
      <xsl:if test="@status = 'failed'">
        <xsl:call-template name="c:post-button">
          <xsl:with-param name="action" select="concat('/beheer/berichten/', @id, '/opnieuw')"/>
          <xsl:with-param name="label" select="c:t('deliveries.resend')"/>
          <xsl:with-param name="context" select="string(@uuid)"/>
        </xsl:call-template>
      </xsl:if>
    </td>
  </tr>
</xsl:template>

<!-- One attempt: when, through which transport, and how it went. -->
<xsl:template match="attempt">
  <li>
    <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@at"/></xsl:call-template>
    <xsl:text>, </xsl:text>
    <xsl:value-of select="c:t(concat('deliveries.transport.', @transport))"/>
    <xsl:text>: </xsl:text>
    <xsl:choose>
      <xsl:when test="@ok = 'yes' or @ok = '1' or @ok = 'true'">
        <xsl:value-of select="c:t('deliveries.attempt.ok')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="c:t('deliveries.attempt.failed')"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="normalize-space(@http-status)">
      <xsl:text> (</xsl:text>
      <xsl:value-of select="c:t('deliveries.attempt.http', @http-status)"/>
      <xsl:text>)</xsl:text>
    </xsl:if>
    <xsl:if test="normalize-space(@smtp-reply)">
      <xsl:text> </xsl:text>
      <q class="cimolt-break"><xsl:value-of select="@smtp-reply"/></q>
    </xsl:if>
    <xsl:if test="normalize-space(@error)">
      <xsl:text> – </xsl:text>
      <span class="cimolt-break"><xsl:value-of select="@error"/></span>
    </xsl:if>
  </li>
</xsl:template>

</xsl:stylesheet>
