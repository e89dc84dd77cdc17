<?xml version="1.0" encoding="UTF-8"?>
<!--
  The administrators' list of organisations (page name "organisations",
  GET /beheer/organisaties): <organisations><organisation id kind name
  cbs-code province size-class/>...</organisations>, in the order given.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('organisations.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('organisations.title')"/></h1>
  <p><xsl:value-of select="c:t('organisations.lead')"/></p>
  <xsl:choose>
    <xsl:when test="organisations/organisation">
      <table class="cimolt-table">
        <caption><xsl:value-of select="c:t('organisations.caption', count(organisations/organisation))"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="c:t('organisations.col.name')"/></th>
            <th scope="col"><xsl:value-of select="c:t('organisations.col.kind')"/></th>
            <th scope="col"><xsl:value-of select="c:t('organisations.col.cbs-code')"/></th>
            <th scope="col"><xsl:value-of select="c:t('organisations.col.province')"/></th>
            <th scope="col"><xsl:value-of select="c:t('organisations.col.size')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="organisations/organisation">
            <tr>
              <th scope="row"><xsl:value-of select="@name"/></th>
              <td><xsl:value-of select="c:t(concat('organisation.kind.', @kind))"/></td>
              <td><xsl:value-of select="@cbs-code"/></td>
              <td><xsl:value-of select="@province"/></td>
              <td><xsl:call-template name="size-class"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('organisations.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- Inhabitants, from the size class ('<20k', '20k-50k', '50k-100k',
     '>=100k'); nothing when unknown. -->
<xsl:template name="size-class">
  <xsl:choose>
    <xsl:when test="@size-class = '&lt;20k'"><xsl:value-of select="c:t('organisation.size.small')"/></xsl:when>
    <xsl:when test="@size-class = '20k-50k'"><xsl:value-of select="c:t('organisation.size.medium')"/></xsl:when>
    <xsl:when test="@size-class = '50k-100k'"><xsl:value-of select="c:t('organisation.size.large')"/></xsl:when>
    <xsl:when test="@size-class = '&gt;=100k'"><xsl:value-of select="c:t('organisation.size.largest')"/></xsl:when>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
