<?xml version="1.0" encoding="UTF-8"?>
<!--
  One outgoing message (page name "delivery", GET /beheer/berichten/{id};
  organisers): <message ...> as on the list (deliveries.xsl) with the mail
  as it was sent, <mail><to/>...<reply-to/><subject/><text/><attachment
  name type/></mail> (none once the body is purged; unreadable="yes" when
  the body holds no mail), and every attempt to deliver it, <attempt at
  transport ok http-status smtp-reply error/>, oldest first. A link's
  token is masked in the text before it reaches this document.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="deliveries.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('delivery.title', message/@id)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="m" select="message"/>
  <p><a class="utrecht-link" href="/beheer/berichten"><xsl:value-of select="c:t('delivery.back')"/></a></p>
  <h1>
    <xsl:choose>
      <xsl:when test="normalize-space($m/mail/subject)"><xsl:value-of select="$m/mail/subject"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="c:t('delivery.title', $m/@id)"/></xsl:otherwise>
    </xsl:choose>
  </h1>

  <dl class="cimolt-facts">
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('delivery.type')"/></dt>
      <dd><xsl:call-template name="type-name"><xsl:with-param name="m" select="$m"/></xsl:call-template></dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('deliveries.col.status')"/></dt>
      <dd><xsl:call-template name="status"><xsl:with-param name="m" select="$m"/></xsl:call-template></dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('deliveries.col.created')"/></dt>
      <dd><xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="$m/@created"/></xsl:call-template></dd>
    </div>
    <div class="cimolt-facts__row">
      <dt><xsl:value-of select="c:t('delivery.uuid')"/></dt>
      <dd class="cimolt-break"><code><xsl:value-of select="$m/@uuid"/></code></dd>
    </div>
    <xsl:if test="normalize-space($m/@last-error)">
      <div class="cimolt-facts__row">
        <dt><xsl:value-of select="c:t('delivery.last-error')"/></dt>
        <dd class="cimolt-break"><xsl:value-of select="$m/@last-error"/></dd>
      </div>
    </xsl:if>
  </dl>
  <xsl:if test="$m/@status = 'failed' and not($m/@purged = 'yes')">
    <xsl:call-template name="c:post-button">
      <xsl:with-param name="action" select="concat('/beheer/berichten/', $m/@id, '/opnieuw')"/>
      <xsl:with-param name="label" select="c:t('deliveries.resend')"/>
    </xsl:call-template>
  </xsl:if>

  <section class="cimolt-section" aria-labelledby="mail-title">
    <h2 id="mail-title"><xsl:value-of select="c:t('delivery.mail')"/></h2>
    <xsl:choose>
      <xsl:when test="$m/@purged = 'yes'">
        <p><xsl:value-of select="c:t('delivery.purged')"/></p>
      </xsl:when>
      <xsl:when test="not($m/mail) or $m/mail/@unreadable = 'yes'">
        <p><xsl:value-of select="c:t('delivery.unreadable')"/></p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="mail" select="$m/mail"/>
        <dl class="cimolt-facts">
          <div class="cimolt-facts__row">
            <dt><xsl:value-of select="c:t('delivery.to')"/></dt>
            <dd class="cimolt-break">
              <xsl:choose>
                <xsl:when test="$mail/to">
                  <ul class="cimolt-plain-list">
                    <xsl:for-each select="$mail/to"><li><xsl:value-of select="."/></li></xsl:for-each>
                  </ul>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="c:t('deliveries.no-recipients')"/></xsl:otherwise>
              </xsl:choose>
            </dd>
          </div>
          <xsl:if test="$mail/reply-to">
            <div class="cimolt-facts__row">
              <dt><xsl:value-of select="c:t('delivery.reply-to')"/></dt>
              <dd class="cimolt-break"><xsl:value-of select="$mail/reply-to"/></dd>
            </div>
          </xsl:if>
          <div class="cimolt-facts__row">
            <dt><xsl:value-of select="c:t('delivery.subject')"/></dt>
            <dd><xsl:value-of select="$mail/subject"/></dd>
          </div>
          <xsl:if test="$mail/attachment">
            <div class="cimolt-facts__row">
              <dt><xsl:value-of select="c:t('delivery.attachments')"/></dt>
              <dd>
                <ul class="cimolt-plain-list">
                  <xsl:for-each select="$mail/attachment">
                    <li>
                      <xsl:value-of select="@name"/>
                      <xsl:if test="normalize-space(@type)">
                        <xsl:text> (</xsl:text><xsl:value-of select="@type"/><xsl:text>)</xsl:text>
                      </xsl:if>
                    </li>
                  </xsl:for-each>
                </ul>
              </dd>
            </div>
          </xsl:if>
        </dl>
        <h3><xsl:value-of select="c:t('delivery.text')"/></h3>
        <pre class="cimolt-source cimolt-mail-text"><xsl:value-of select="$mail/text"/></pre>
        <xsl:if test="$m/@status != 'sent'">
          <p class="cimolt-note"><xsl:value-of select="c:t('delivery.masked')"/></p>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </section>

  <section class="cimolt-section" aria-labelledby="attempts-title">
    <h2 id="attempts-title"><xsl:value-of select="c:t('delivery.attempts')"/></h2>
    <xsl:choose>
      <xsl:when test="$m/attempt">
        <ol class="cimolt-attempts__list">
          <xsl:apply-templates select="$m/attempt"/>
        </ol>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="c:t('deliveries.no-attempt')"/></p></xsl:otherwise>
    </xsl:choose>
  </section>
</xsl:template>

<!-- One attempt: when, through which transport, and how it went. -->
<xsl:template match="attempt">
  <li>
    <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@at"/></xsl:call-template>
    <xsl:text>, </xsl:text>
    <xsl:value-of select="c:t(concat('deliveries.transport.', @transport))"/>
    <xsl:text>: </xsl:text>
    <xsl:choose>
      <xsl:when test="@ok = 'yes'"><xsl:value-of select="c:t('deliveries.attempt.ok')"/></xsl:when>
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
