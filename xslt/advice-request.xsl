<?xml version="1.0" encoding="UTF-8"?>
<!--
  "Advies op maat" (page name "advice-request", GET/POST /advies/aanvraag):
  the form to ask the organisers for personal advice,
    <form name="advice-request" action="/advies/aanvraag">
      fields onderwerp (select: algemeen, monitor, the themes, the
      categories), vraag (textarea), contact (select email|telefoon|
      gesprek), telefoon (text; needed when contact is telefoon)
    </form>
  and the municipality's earlier requests, newest first (each a link to
  its conversation, /advies/aanvragen/{id}),
    <requests><request id topic contact status="new|in_progress|done"
      created requester>the question</request>...</requests>.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="benchmark-common.xsl"/>

<!-- This page's hints and autocomplete tokens (see forms.xsl). -->
<xsl:variable name="c:form-hints" select="' advice-request.vraag advice-request.telefoon '"/>
<c:data name="autocomplete">
  <ac form="advice-request" field="telefoon">tel</ac>
</c:data>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('advice.request.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <p class="cimolt-back"><a class="utrecht-link" href="/advies"><xsl:value-of select="c:t('advice.back')"/></a></p>
  <h1><xsl:value-of select="c:t('advice.request.title')"/></h1>
  <div class="cimolt-narrow">
    <p class="cimolt-intro"><xsl:value-of select="c:t('advice.request.lead')"/></p>
    <xsl:apply-templates select="form[@name = 'advice-request']"/>
  </div>
  <section class="cimolt-section" aria-labelledby="requests-heading">
    <h2 id="requests-heading"><xsl:value-of select="c:t('advice.requests.title')"/></h2>
    <p><a class="utrecht-link" href="/advies/aanvragen"><xsl:value-of select="c:t('advice.requests.link')"/></a></p>
    <xsl:choose>
      <xsl:when test="requests/request">
        <xsl:call-template name="request-table">
          <xsl:with-param name="rows" select="requests/request"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="c:t('advice.requests.none')"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </section>
</xsl:template>

<!-- The topic: a select with the general topics, the themes and the
     categories each in a group, named by the catalogue's theme.X and
     category.X. -->
<xsl:template match="form[@name = 'advice-request']/field[@name = 'onderwerp']" mode="c:control">
  <xsl:variable name="value" select="string(@value)"/>
  <xsl:variable name="options" select="option"/>
  <select class="utrecht-select utrecht-select--html-select" id="{../@name}-{@name}" name="{@name}">
    <xsl:call-template name="c:field-attributes">
      <xsl:with-param name="invalid-class">utrecht-select utrecht-select--html-select utrecht-select--invalid</xsl:with-param>
    </xsl:call-template>
    <xsl:for-each select="$options[@value = 'algemeen' or @value = 'monitor']">
      <xsl:call-template name="topic-option"><xsl:with-param name="value" select="$value"/></xsl:call-template>
    </xsl:for-each>
    <xsl:if test="$options[c:topic-kind(@value) = 'theme']">
      <optgroup label="{c:t('advice.topic.themes')}">
        <xsl:for-each select="$options[c:topic-kind(@value) = 'theme']">
          <xsl:call-template name="topic-option"><xsl:with-param name="value" select="$value"/></xsl:call-template>
        </xsl:for-each>
      </optgroup>
    </xsl:if>
    <xsl:if test="$options[c:topic-kind(@value) = 'category']">
      <optgroup label="{c:t('advice.topic.categories')}">
        <xsl:for-each select="$options[c:topic-kind(@value) = 'category']">
          <xsl:call-template name="topic-option"><xsl:with-param name="value" select="$value"/></xsl:call-template>
        </xsl:for-each>
      </optgroup>
    </xsl:if>
  </select>
</xsl:template>

<xsl:template name="topic-option">
  <xsl:param name="value"/>
  <option value="{@value}">
    <xsl:if test="@value = $value">
      <xsl:attribute name="selected">selected</xsl:attribute>
    </xsl:if>
    <xsl:value-of select="c:topic(@value)"/>
  </option>
</xsl:template>

<!-- The earlier requests: when (a link to the conversation), what
     about, the question, how to be contacted, by whom and their status. -->
<xsl:template name="request-table">
  <xsl:param name="rows"/>
  <table class="cimolt-table cimolt-requests">
    <caption class="cimolt-visually-hidden"><xsl:value-of select="c:t('advice.requests.title')"/></caption>
    <thead>
      <tr>
        <th scope="col"><xsl:value-of select="c:t('advice.col.created')"/></th>
        <th scope="col"><xsl:value-of select="c:t('advice.col.topic')"/></th>
        <th scope="col"><xsl:value-of select="c:t('advice.col.question')"/></th>
        <th scope="col"><xsl:value-of select="c:t('advice.col.contact')"/></th>
        <th scope="col"><xsl:value-of select="c:t('advice.col.requester')"/></th>
        <th scope="col"><xsl:value-of select="c:t('advice.col.status')"/></th>
      </tr>
    </thead>
    <tbody>
      <xsl:for-each select="$rows">
        <tr>
          <th scope="row" class="cimolt-nowrap">
            <a class="utrecht-link" href="/advies/aanvragen/{@id}">
              <xsl:call-template name="c:timestamp"><xsl:with-param name="s" select="@created"/></xsl:call-template>
            </a>
          </th>
          <td><xsl:value-of select="c:topic(@topic)"/></td>
          <td class="cimolt-lines cimolt-requests__question"><xsl:call-template name="c:data-lang"/><xsl:value-of select="."/></td>
          <td><xsl:value-of select="c:t(concat('advice.contact.', @contact))"/></td>
          <td><xsl:value-of select="@requester"/></td>
          <td>
            <span class="cimolt-status cimolt-status--advice-{translate(@status, '_', '-')}">
              <xsl:value-of select="c:t(concat('advice.status.', @status))"/>
            </span>
          </td>
        </tr>
      </xsl:for-each>
    </tbody>
  </table>
</xsl:template>

</xsl:stylesheet>
