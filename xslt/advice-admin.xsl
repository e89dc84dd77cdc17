<?xml version="1.0" encoding="UTF-8"?>
<!--
  Advice requests for organisers (page name "advice-admin", GET
  /beheer/advies): how many are new, in progress and done, and every
  request, newest first, with a form to set its status,
    <counts new in_progress done/>
    <requests><request id organisation requester email topic contact
        phone? status created updated?>the question
      <form name="advice-status" action="/beheer/advies/{id}">
        <field name="status" type="select" value><option value/>...</field>
      </form></request>...</requests>
  The status forms are written here, not by forms.xsl: one per request,
  each with its own ids, and a label that names the request.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="benchmark-common.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('advice.admin.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('advice.admin.title')"/></h1>
  <p class="cimolt-intro"><xsl:value-of select="c:t('advice.admin.lead')"/></p>
  <xsl:apply-templates select="counts"/>
  <xsl:choose>
    <xsl:when test="requests/request">
      <p class="cimolt-no-print"><a class="utrecht-link" href="/beheer/advies.csv"><xsl:value-of select="c:t('advice.admin.csv')"/></a></p>
      <ol class="cimolt-requests-admin">
        <xsl:apply-templates select="requests/request"/>
      </ol>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('advice.admin.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="counts">
  <dl class="cimolt-counts">
    <xsl:for-each select="@new | @in_progress | @done">
      <div class="cimolt-counts__item">
        <dt><xsl:value-of select="c:t(concat('advice.status.', local-name()))"/></dt>
        <dd><xsl:value-of select="."/></dd>
      </div>
    </xsl:for-each>
  </dl>
</xsl:template>

<!-- One request: who asked what, when and how they want an answer, and
     the form to set its status. -->
<xsl:template match="request">
  <xsl:variable name="id" select="concat('request-', @id)"/>
  <li class="cimolt-request" id="{$id}">
    <article aria-labelledby="{$id}-title">
      <h2 class="cimolt-request__title" id="{$id}-title">
        <xsl:value-of select="c:t('advice.admin.request', @organisation, c:topic(@topic))"/>
      </h2>
      <p class="cimolt-request__status">
        <span class="cimolt-status cimolt-status--advice-{translate(@status, '_', '-')}">
          <xsl:value-of select="c:t(concat('advice.status.', @status))"/>
        </span>
      </p>
      <dl class="cimolt-facts">
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('advice.col.created')"/></dt>
          <dd><xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@created"/></xsl:call-template></dd>
        </div>
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('advice.col.requester')"/></dt>
          <dd>
            <xsl:value-of select="@requester"/>
            <xsl:if test="normalize-space(@email)">
              <xsl:text>, </xsl:text>
              <a class="utrecht-link cimolt-break" href="mailto:{@email}"><xsl:value-of select="@email"/></a>
            </xsl:if>
          </dd>
        </div>
        <div class="cimolt-facts__row">
          <dt><xsl:value-of select="c:t('advice.col.contact')"/></dt>
          <dd>
            <xsl:value-of select="c:t(concat('advice.contact.', @contact))"/>
            <xsl:if test="normalize-space(@phone)">
              <xsl:text>, </xsl:text>
              <a class="utrecht-link" href="tel:{translate(@phone, ' -', '')}"><xsl:value-of select="@phone"/></a>
            </xsl:if>
          </dd>
        </div>
        <xsl:if test="normalize-space(@updated)">
          <div class="cimolt-facts__row">
            <dt><xsl:value-of select="c:t('advice.col.updated')"/></dt>
            <dd><xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@updated"/></xsl:call-template></dd>
          </div>
        </xsl:if>
      </dl>
      <h3 class="cimolt-request__subtitle"><xsl:value-of select="c:t('advice.col.question')"/></h3>
      <p class="cimolt-lines cimolt-request__question"><xsl:call-template name="c:data-lang"/><xsl:value-of select="text()"/></p>
      <p><a class="utrecht-link" href="/beheer/advies/{@id}"><xsl:value-of select="c:t('advice.thread.open')"/><span class="cimolt-visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="c:t('form.button-context', concat(@organisation, ', ', c:iso-date(@created)))"/></span></a></p>
      <xsl:apply-templates select="form[@name = 'advice-status']"/>
    </article>
  </li>
</xsl:template>

<!-- The status of one request: a select and a button, in a POST form
     with the csrf field; an error the daemon gives shows beside it. -->
<xsl:template match="form[@name = 'advice-status']">
  <xsl:variable name="rid" select="../@id"/>
  <xsl:variable name="field" select="field[@name = 'status']"/>
  <xsl:variable name="sid" select="concat('status-', $rid)"/>
  <form class="cimolt-status-form cimolt-no-print" method="post" action="{@action}">
    <input type="hidden" name="csrf" value="{/page/csrf}"/>
    <label class="utrecht-form-label" for="{$sid}"><xsl:value-of select="c:t('form.advice-status.status.label')"/></label>
    <xsl:if test=".//error">
      <div class="utrecht-form-field-error-message" id="{$sid}-error">
        <xsl:for-each select=".//error">
          <p>
            <span class="cimolt-visually-hidden"><xsl:value-of select="c:t('form.error-prefix')"/><xsl:text> </xsl:text></span>
            <xsl:value-of select="c:error-text(.)"/>
          </p>
        </xsl:for-each>
      </div>
    </xsl:if>
    <div class="cimolt-status-form__controls">
      <select class="utrecht-select utrecht-select--html-select" id="{$sid}" name="status">
        <xsl:if test=".//error">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby"><xsl:value-of select="concat($sid, '-error')"/></xsl:attribute>
        </xsl:if>
        <xsl:for-each select="$field/option">
          <option value="{@value}">
            <xsl:if test="@value = $field/@value">
              <xsl:attribute name="selected">selected</xsl:attribute>
            </xsl:if>
            <xsl:value-of select="c:t(concat('advice.status.', @value))"/>
          </option>
        </xsl:for-each>
      </select>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
        <xsl:value-of select="c:t('form.advice-status.submit')"/>
        <span class="cimolt-visually-hidden">
          <xsl:text> </xsl:text>
          <xsl:value-of select="c:t('form.button-context', concat(../@organisation, ', ', c:iso-date(../@created)))"/>
        </span>
      </button>
    </div>
  </form>
</xsl:template>

</xsl:stylesheet>
