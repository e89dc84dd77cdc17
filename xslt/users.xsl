<?xml version="1.0" encoding="UTF-8"?>
<!--
  The administrators' list of users (page name "users", GET
  /beheer/gebruikers): <users><user-row id name email organisation role
  disabled/>...</users>, each active account with a button to disable it
  (POST /beheer/gebruikers/{id}/uitschakelen; not the administrator's own).
  status: active, invited (no password yet) or disabled; without status,
  a disabled attribute other than "", "no" or "0" means disabled.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:import href="layout.xsl"/>

<xsl:template match="page" mode="c:title">
  <xsl:value-of select="c:t('users.title')"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <h1><xsl:value-of select="c:t('users.title')"/></h1>
  <p><xsl:value-of select="c:t('users.lead')"/></p>
  <xsl:choose>
    <xsl:when test="users/user-row">
      <table class="cimolt-table">
        <caption><xsl:value-of select="c:t('users.caption', count(users/user-row))"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="c:t('users.col.name')"/></th>
            <th scope="col"><xsl:value-of select="c:t('users.col.email')"/></th>
            <th scope="col"><xsl:value-of select="c:t('users.col.organisation')"/></th>
            <th scope="col"><xsl:value-of select="c:t('users.col.role')"/></th>
            <th scope="col"><xsl:value-of select="c:t('users.col.status')"/></th>
            <th scope="col"><xsl:value-of select="c:t('table.col.action')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="users/user-row">
            <xsl:variable name="disabled" select="@status = 'disabled' or (not(@status)
                and normalize-space(@disabled) != '' and @disabled != 'no' and @disabled != '0')"/>
            <tr>
              <th scope="row"><xsl:value-of select="@name"/></th>
              <td><xsl:value-of select="@email"/></td>
              <td><xsl:value-of select="@organisation"/></td>
              <td><xsl:value-of select="c:t(concat('role.', @role))"/></td>
              <td>
                <xsl:choose>
                  <xsl:when test="$disabled">
                    <xsl:value-of select="c:t('user.status.disabled')"/>
                    <xsl:if test="c:iso-date(@disabled) != ''">
                      <xsl:text> </xsl:text>
                      <span class="cimolt-muted">
                        <xsl:value-of select="c:t('users.status.disabled-since', c:iso-date(@disabled))"/>
                      </span>
                    </xsl:if>
                  </xsl:when>
                  <xsl:when test="@status = 'invited'"><xsl:value-of select="c:t('user.status.invited')"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="c:t('user.status.active')"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <td>
                <xsl:if test="not($disabled) and not(@id = /page/user/@id)">
                  <xsl:call-template name="c:post-button">
                    <xsl:with-param name="action" select="concat('/beheer/gebruikers/', @id, '/uitschakelen')"/>
                    <xsl:with-param name="label" select="c:t('users.disable')"/>
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
      <p><xsl:value-of select="c:t('users.none')"/></p>
    </xsl:otherwise>
  </xsl:choose>
  <xsl:if test="form[@name = 'user']">
    <h2><xsl:value-of select="c:t('users.invite')"/></h2>
    <p><xsl:value-of select="c:t('users.invite.lead')"/></p>
    <xsl:apply-templates select="form[@name = 'user']">
      <xsl:with-param name="level" select="3"/>
    </xsl:apply-templates>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
