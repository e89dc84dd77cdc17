<?xml version="1.0" encoding="UTF-8"?>
<!--
  The coordinator's page (page name "members", GET/POST /gemeente/leden):
  the members of the coordinator's own municipality
  (<members><member id name email role status/>...</members>; status
  active, invited (no password yet) or disabled (removed)), each with a
  button to remove them (POST /gemeente/leden/{id}/verwijderen; not for
  the coordinator themself, nor once removed), and the form invite
  (email, name, role). Also whether the municipality is named in the
  benchmark's regional and organisers' pages (<benchmark show-name/>),
  with the form benchmark (field naam: ja|nee; POST /gemeente/benchmark).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:variable name="organisation" select="normalize-space(/page/user/@organisation)"/>

<xsl:template match="page" mode="c:title">
  <xsl:choose>
    <xsl:when test="$organisation != ''"><xsl:value-of select="c:t('members.title', $organisation)"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="c:t('members.title.plain')"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:apply-templates select="." mode="c:title"/></h1>
  <p><xsl:value-of select="c:t('members.lead')"/></p>
  <xsl:choose>
    <xsl:when test="members/member">
      <table class="cimolt-table">
        <caption><xsl:value-of select="c:t('members.caption')"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="c:t('members.col.name')"/></th>
            <th scope="col"><xsl:value-of select="c:t('members.col.email')"/></th>
            <th scope="col"><xsl:value-of select="c:t('members.col.role')"/></th>
            <th scope="col"><xsl:value-of select="c:t('members.col.status')"/></th>
            <th scope="col"><xsl:value-of select="c:t('table.col.action')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="members/member">
            <tr>
              <th scope="row">
                <xsl:value-of select="@name"/>
                <xsl:if test="@id = /page/user/@id">
                  <xsl:text> </xsl:text>
                  <span class="cimolt-muted"><xsl:value-of select="c:t('members.you')"/></span>
                </xsl:if>
              </th>
              <td><xsl:value-of select="@email"/></td>
              <td><xsl:value-of select="c:t(concat('role.', @role))"/></td>
              <td>
                <xsl:choose>
                  <xsl:when test="@status = 'disabled'"><xsl:value-of select="c:t('members.status.disabled')"/></xsl:when>
                  <xsl:when test="@status = 'invited'"><xsl:value-of select="c:t('user.status.invited')"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="c:t('user.status.active')"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <td>
                <xsl:if test="not(@id = /page/user/@id) and not(@status = 'disabled')">
                  <xsl:call-template name="c:post-button">
                    <xsl:with-param name="action" select="concat('/gemeente/leden/', @id, '/verwijderen')"/>
                    <xsl:with-param name="label" select="c:t('members.remove')"/>
                    <xsl:with-param name="context" select="string(@name)"/>
                  </xsl:call-template>
                </xsl:if>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:when>
    <xsl:otherwise>
      <p><xsl:value-of select="c:t('members.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
  <xsl:if test="form[@name = 'invite']">
    <section class="cimolt-section cimolt-narrow" aria-labelledby="invite-title">
      <h2 id="invite-title"><xsl:value-of select="c:t('members.invite.title')"/></h2>
      <p><xsl:value-of select="c:t('members.invite.lead')"/></p>
      <xsl:apply-templates select="form[@name = 'invite']">
        <xsl:with-param name="level" select="3"/>
      </xsl:apply-templates>
    </section>
  </xsl:if>
  <xsl:if test="form[@name = 'benchmark']">
    <section class="cimolt-section cimolt-narrow" aria-labelledby="benchmark-name-title">
      <h2 id="benchmark-name-title"><xsl:value-of select="c:t('benchmark.name.title')"/></h2>
      <p><xsl:value-of select="c:t('benchmark.name.text')"/></p>
      <p><xsl:value-of select="c:t('benchmark.name.anonymous')"/></p>
      <p class="cimolt-benchmark-name__now">
        <strong>
          <xsl:choose>
            <xsl:when test="benchmark/@show-name = 'yes'"><xsl:value-of select="c:t('benchmark.name.now.yes')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="c:t('benchmark.name.now.no')"/></xsl:otherwise>
          </xsl:choose>
        </strong>
      </p>
      <xsl:apply-templates select="form[@name = 'benchmark']">
        <xsl:with-param name="level" select="3"/>
        <xsl:with-param name="button" select="'secondary-action'"/>
      </xsl:apply-templates>
    </section>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
