/**
 * The Bootstrap Italia header: slim band (the entity, language, user menu), centre band (the product)
 * and, for signed-in users, the navigation bar and the workspace switches.
 */
import type { ReactNode } from 'react';
import { Header, HeaderContent, HeaderRightZone, Headers, Icon } from 'design-react-kit';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

interface SiteHeaderProps {
  /** Text of the slim band's left side: the entity being worked on. */
  slimTitle: string;
  slimRight: ReactNode;
  navigation?: ReactNode;
  workspace?: ReactNode;
}

export function SiteHeader({ slimTitle, slimRight, navigation, workspace }: SiteHeaderProps) {
  const { t } = useTranslation();
  return (
    <header>
      <Headers>
        <Header type="slim">
          <HeaderContent>
            <span className="navbar-brand" data-testid="slim-entity-name">{slimTitle}</span>
            <HeaderRightZone>{slimRight}</HeaderRightZone>
          </HeaderContent>
        </Header>
        <div className="it-nav-wrapper">
          <Header type="center">
            <HeaderContent>
              <div className="it-brand-wrapper">
                <Link to="/">
                  <Icon icon="it-pa" aria-hidden="true" />
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t('app.name')}</div>
                    <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
                  </div>
                </Link>
              </div>
            </HeaderContent>
          </Header>
          {navigation}
        </div>
      </Headers>
      {workspace}
    </header>
  );
}
