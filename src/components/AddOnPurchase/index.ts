export { AddOnPurchase, type AddOnPurchaseProps } from './AddOnPurchase';
